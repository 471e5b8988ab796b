# La lecture des listes : « a, b et c ».

# Entre les groupes de trois chiffres : 2 143.
words-thousands-separator = {"\u202F"}

# Le début d’un avertissement ; dans ce petit fichier, car presque toute exécution qui
# avertit ne dit rien d’autre.
words-warning = avertissement : { $message }
