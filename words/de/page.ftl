# Die Wörter eines gedruckten Briefes.

page-subject = Betreff: { $subject }
page-place-date = { $town }, { $date }
page-date = { $date }
page-original = Der Originalbrief, dessen Übersetzung auf den vorangehenden Seiten steht:
