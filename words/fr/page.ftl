# Les mots d’une lettre imprimée, dans la langue de la lettre.

page-subject = Objet{"\u00A0:"} { $subject }
page-place-date = { $town }, le { $date }
page-date = Le { $date }
page-original = La lettre originale, dont les pages précédentes sont la traduction{"\u00A0:"}
