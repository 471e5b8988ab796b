# Slova vytištěného dopisu.

page-subject = Věc: { $subject }
page-place-date = { $town } { $date }
page-date = { $date }
page-original = Původní dopis, jehož překladem jsou předchozí stránky:
