# Die Wörter eines gedruckten Briefes.

page-subject = Betreff: { $subject }
page-place-date = { $town }, { $date }
page-date = { $date }
page-original = Es folgt der Originalbrief; die vorangehenden Seiten sind seine Übersetzung:
