# La lecture des listes : « a, b et c ».

words-list-separator = {", "}
words-list-and = { $first } et { $last }
