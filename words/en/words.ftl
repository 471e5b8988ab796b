# How lists read: "a, b and c".

words-list-separator = {", "}
words-list-and = { $first } and { $last }
# Between groups of three digits: 2,143.
words-thousands-separator = {","}

# The beginning of a warning; in this small file, since nearly every run that warns says
# nothing else.
words-warning = warning: { $message }

# A language named in a sentence ("the Korean text"); a language the program does not
# know is named as the campaign names it.
words-language = { $code ->
    [en] English
    [fr] French
    [ko] Korean
   *[other] { $name }
}

# A day in a sentence: 22 March 2026.
words-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
