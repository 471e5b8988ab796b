# Les modèles d’une campagne : lecture, analyse et remplissage.

# $piece est le nom du modèle, comme dans son fichier templates/LANGUAGE/PIECE.hbs : subject,
# body, phone ou post.
templates-missing = fichier manquant : la langue « { $language } » demande un modèle { $piece }
templates-not-loaded = le modèle { $piece } n’a pas été chargé
templates-cannot-fill = impossible de remplir les modèles : { $why }
templates-unknown-variable = la variable `{ $name }` n’existe pas
templates-syntax = syntaxe du modèle : { $why }
templates-syntax-not-closed = syntaxe du modèle : un {"{{…}}"} n’est pas fermé ici, ou un bloc ({"{{#if}}"}, {"{{#each}}"}) n’est pas fermé par {"{{/if}}"} ou {"{{/each}}"}
templates-too-large = le modèle fait { $size } Kio ; la limite est de { $max } Kio
# $code est le numéro du caractère en hexadécimal, par exemple 0007.
templates-control-character = le modèle contient un caractère de contrôle (U+{ $code }), auquel un terminal obéirait
templates-too-many-expressions = le modèle contient plus de { $max } expressions
templates-too-deep = les blocs sont imbriqués sur plus de { $max } niveaux
templates-hidden-character = contient un caractère invisible ou qui change le sens de l’écriture (U+{ $code }), qui cacherait ou réordonnerait le texte de la lettre : supprimez-le
templates-recursive-partial = le partiel « { $name } » s’appelle lui-même, directement ou par un autre partiel : le remplir ne finirait jamais
templates-dynamic-partial = un partiel désigné par une expression ne peut pas être suivi : nommez-le comme il est défini, {"{{"}> nom{"}}"}
templates-too-much-work = remplir ce modèle demanderait plus de { $max } étapes (boucles et partiels imbriqués) : simplifiez-le
templates-too-long-text = le texte tiré de ce modèle dépasse { $max } Kio, plus qu’aucune lettre : raccourcissez-le
