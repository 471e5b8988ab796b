# La lecture des listes : « a, b et c ».

words-list-separator = {", "}
words-list-and = { $first } et { $last }
# Entre les groupes de trois chiffres : 2 143.
words-thousands-separator = {"\u202F"}
