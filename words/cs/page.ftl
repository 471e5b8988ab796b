# Slova vytištěného dopisu.

page-subject = Věc: { $subject }
page-place-date = { $town }, { $date }
page-date = { $date }
page-original = Původní dopis, jehož překlad naleznete na předchozích stránkách:
