# Las palabras de una carta impresa.

page-subject = Asunto: { $subject }
page-place-date = { $town }, { $date }
page-date = { $date }
page-original = Carta original, cuya traducción figura en las páginas anteriores:
