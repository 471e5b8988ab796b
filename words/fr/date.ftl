# Une date dans une phrase : 22 mars 2026, 1er avril 2026.
# (Les clés sont des nombres, et non « other », pour que le programme n’ait pas à charger
# les règles de pluriel du français pour une date.)
date-long = { $day ->
    [1] 1er
   *[2] { $day }
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
