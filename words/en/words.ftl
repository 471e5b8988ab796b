# How lists read: "a, b and c".

# Between groups of three digits: 2,143.
words-thousands-separator = {","}

# The beginning of a warning; in this small file, since nearly every run that warns says
# nothing else.
words-warning = warning: { $message }
