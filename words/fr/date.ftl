# Une date dans une phrase : 22 mars 2026, 1er avril 2026 (CLDR écrit « 1 avril
# 2026 ») ; le nom du mois ($month) vient de CLDR.
# (Les clés sont des nombres, et non « other », pour que le programme n’ait pas à charger
# les règles de pluriel du français pour une date.)
date-long = { $day ->
    [1] 1er
   *[2] { $day }
} { $month } { $year }
