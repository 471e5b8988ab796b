# How lists read: "a, b and c".

words-list-separator = {", "}
words-list-and = { $first } and { $last }
