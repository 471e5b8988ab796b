# Les lettres à imprimer : polices, fenêtre de l’enveloppe, et fichier PDF.

pdf-cannot-read-font = impossible de lire la police { $path } : { $why }
pdf-not-a-font = { $path } n’est pas une police utilisable (il faut un fichier TrueType ou OpenType)
pdf-embedded-font-unreadable = la police intégrée est illisible
pdf-font-unreadable = une police est illisible
pdf-font-unreadable-for-pdf = une police ne peut pas être lue pour le PDF
# $characters les énumère : « ж » (U+0436), « ☃ » (U+2603) ; $count dit combien il y en a.
pdf-no-glyph = aucune police ne contient { $count ->
    [one] le caractère
   *[other] les caractères
} { $characters } : utilisez --font avec une police qui { $count ->
    [one] le contienne
   *[other] les contienne
}
pdf-more-characters = { $count ->
    [one] un autre
   *[other] { $count } autres
}
pdf-character = « { $character } » (U+{ $code })
pdf-too-many-recipient-lines = l’adresse du destinataire compte { $count } lignes ; une enveloppe à fenêtre en montre au plus { $max }
pdf-recipient-does-not-fit = l’adresse du destinataire ne tient pas dans la fenêtre de l’enveloppe ({ $width } × { $height } mm), même en corps { $size } pt : raccourcissez sa ligne la plus longue, « { $longest } »
pdf-sender-too-long = le bloc de l’expéditeur a trop de lignes ({ $count }) pour rester au-dessus de la fenêtre de l’enveloppe
pdf-bad-page-size = le format de page n’est pas valide
pdf-cannot-write = impossible d’écrire le PDF : { $why }
