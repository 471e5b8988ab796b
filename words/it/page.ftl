# Le parole di una lettera stampata.

page-subject = Oggetto: { $subject }
page-place-date = { $town }, { $date }
page-date = { $date }
page-original = La lettera originale, la cui traduzione è riportata nelle pagine precedenti:
