# A day in a sentence: CLDR's long date for the letter's locale ("22 December 2026",
# "December 22, 2026" in the USA). $day, $month (its name) and $year are given too, for
# a language whose convention differs from CLDR's.
date-long = { $date }
