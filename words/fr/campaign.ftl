# Les campagnes : la lecture de leurs fichiers, le choix de l’une d’elles, et ce que doit être un fichier de campagne.

campaign-not-utf8 = ce n’est pas du texte UTF-8 valide
campaign-cannot-read = impossible de lire le fichier : { $why }
campaign-missing = fichier introuvable
campaign-unknown = campagne inconnue : « { $id } » ; campagnes disponibles : { $available }
campaign-none-found = aucune campagne trouvée
campaign-several = plusieurs campagnes sont disponibles ({ $available }) : choisissez-en une avec --campaign ID
campaign-cannot-read-folder = { $path } : impossible de lire le dossier : { $why }
campaign-no-campaign-file = { $path } : aucun fichier { $file }, ni ici ni dans les sous-dossiers
campaign-duplicate-id = deux campagnes ont l’identifiant « { $id } » : { $first } et { $second } ; donnez-en un autre à l’une d’elles
campaign-bundled-id = l’identifiant « { $id } » d’une campagne intégrée doit être le nom de son dossier, « { $folder } »

# Les dates d’un fichier de campagne.
campaign-invalid-date = date { $value } non valide : { $why }
campaign-not-a-date = une date de la forme 2026-11-25 est attendue, et non { $value }

# Ce que doivent être les valeurs d’un fichier de campagne.
campaign-bad-campaign-id = l’identifiant de campagne « { $id } » ne peut contenir que des lettres minuscules, des chiffres, - et _
campaign-bad-place-id = l’identifiant de lieu « { $id } » ne peut contenir que des lettres minuscules, des chiffres, - et _
campaign-bad-recipient-id = l’identifiant de destinataire « { $id } » ne peut contenir que des lettres minuscules, des chiffres, - et _
campaign-bad-language-code = le code de langue « { $code } » n’est pas une étiquette de langue comme fr, ko ou pt-BR
campaign-bad-country-code = le code de pays « { $code } » n’est pas un code ISO 3166 en majuscules, comme DE, FR ou US
# $code est le numéro du caractère en hexadécimal, par exemple 001B.
campaign-control-character = « { $value } » contient un caractère de contrôle (U+{ $code }) ; écrivez le texte sur une seule ligne, sans séquence d’échappement
campaign-not-web-address = « { $value } » n’est pas une adresse web : écrivez-la avec https:// (ou http://), sans espaces

# Les fichiers de mots d’une campagne, words/<langue>/<domaine>.ftl.
campaign-words-too-large = le fichier fait { $size } Kio ; un fichier de mots ne peut dépasser { $max } Kio
campaign-words-hidden = le fichier contient un caractère de contrôle ou invisible (U+{ $code }), qui cacherait ou changerait le texte : supprimez-le
campaign-words-mistake = ce n’est pas du Fluent lisible par le programme : { $why }
campaign-words-other-area = le message « { $id } » appartient à un autre fichier : les messages de { $area }.ftl commencent par « { $area }- »

# La forme d’un fichier de campagne : chaque problème est signalé, chacun à sa place.
# $known énumère les champs que la table peut avoir.
campaign-unknown-field = champ inconnu `{ $field }` ; les champs de cette table sont { $known }
campaign-missing-field = champ manquant `{ $field }`
# $expected est l’un des textes campaign-kind- ; $found le genre de valeur TOML trouvée (string, integer, array…).
campaign-wrong-kind = `{ $field }` doit être { $expected }, et non une valeur TOML { $found }
campaign-unknown-choice = `{ $field }` ne peut pas valoir « { $value } » : choisissez parmi { $choices }
campaign-kind-text = un texte
campaign-kind-localized = un texte, ou une table de textes par code de langue
campaign-kind-date = une date de la forme 2026-11-25
campaign-kind-bool = true ou false
campaign-kind-choice = l’un de { $choices }
campaign-kind-texts = une liste de textes
campaign-kind-table = une table
campaign-kind-tables = une liste de tables ([[…]])
# La composition signale le premier problème ; $path est le dossier de la campagne.
campaign-several-problems = { $first } ({ $more ->
    [one] et 1 autre
   *[other] et { $more } autres
} : `sister-letter check { $path }` les énumère tous)
