# La lecture des listes : « a, b et c ».

words-list-separator = {", "}
words-list-and = { $first } et { $last }
# Entre les groupes de trois chiffres : 2 143.
words-thousands-separator = {"\u202F"}

# Le début d’un avertissement ; dans ce petit fichier, car presque toute exécution qui
# avertit ne dit rien d’autre.
words-warning = avertissement : { $message }

# Une langue nommée dans une phrase (« le texte en coréen ») ; une langue que le
# programme ne connaît pas est nommée comme la campagne la nomme.
words-language = { $code ->
    [en] anglais
    [fr] français
    [ko] coréen
   *[other] { $name }
}

# Une date dans une phrase : 22 mars 2026, 1er avril 2026.
words-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
