# Le fichier de configuration, et la proposition de mémoriser les réponses.

settings-fix-or-skip = { $why } (corrigez le fichier, ou relancez avec --no-config)
settings-not-utf8 = le fichier de configuration n’est pas du texte UTF-8
settings-cannot-read = impossible de lire le fichier de configuration : { $why }
settings-cannot-create = impossible de créer { $path } : { $why }
settings-link-to-another-user = { $path } est un lien vers le fichier d’un autre utilisateur : rien n’y est écrit
settings-cannot-write = impossible d’écrire la configuration : { $why }
settings-ask-update = Remplacer vos réponses mémorisées par celles-ci : { $kept } ?
settings-ask-remember = Mémoriser pour la prochaine fois (dans { $path }) : { $kept } ?
settings-not-remembered = vos réponses n’ont pas été mémorisées : { $why }
# Ce qui sera gardé : « votre nom (Ada), votre langue (fr) et votre ville (Lyon) ».
settings-kept = { $list }
settings-kept-name = votre nom ({ $value })
settings-kept-language = votre langue ({ $value })
settings-kept-city = votre ville ({ $value })
settings-kept-latin-name = votre nom en alphabet latin ({ $value })
settings-kept-latin-city = votre ville en alphabet latin ({ $value })
settings-kept-from = votre adresse e-mail ({ $value })
settings-kept-address = votre adresse postale ({ $value })
settings-kept-country = votre pays ({ $value })
