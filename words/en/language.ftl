# A language named in a sentence ("the Korean text"); a language the program does not
# know is named as the campaign names it.
language-name = { $code ->
    [en] English
    [fr] French
    [ko] Korean
   *[other] { $name }
}
