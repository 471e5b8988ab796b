# Une langue nommée dans une phrase (« le texte en coréen ») ; une langue que le
# programme ne connaît pas est nommée comme la campagne la nomme.
language-name = { $code ->
    [en] anglais
    [fr] français
    [ko] coréen
   *[other] { $name }
}
