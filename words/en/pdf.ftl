# Printable letters: fonts, the envelope's window, and the PDF file.

pdf-cannot-read-font = cannot read the font { $path }: { $why }
pdf-not-a-font = { $path } is not a font that can be used (a TrueType or OpenType file is needed)
pdf-embedded-font-unreadable = the embedded font cannot be read
pdf-font-unreadable = a font cannot be read
pdf-font-unreadable-for-pdf = a font cannot be read for the PDF
# $characters lists them: 'ж' (U+0436), '☃' (U+2603); $count is how many there are.
pdf-no-glyph = no font has a glyph for { $characters }: use --font with a font that has { $count ->
    [one] it
   *[other] them
}
pdf-more-characters = { $count } more
pdf-character = '{ $character }' (U+{ $code })
pdf-too-many-recipient-lines = the recipient's address has { $count } lines; a window envelope shows at most { $max }
pdf-recipient-does-not-fit = the recipient's address does not fit the envelope's window ({ $width } × { $height } mm) even at { $size } pt: shorten its longest line, "{ $longest }"
pdf-sender-too-long = the sender's block has too many lines ({ $count }) to stay above the envelope's window
pdf-bad-page-size = the page size is not valid
pdf-cannot-write = cannot write the PDF: { $why }
