# Les sous-commandes autres que la composition : campagnes, check, export, et la page de manuel.

# Après les langues d’une campagne, dans la liste des campagnes : le jour où ses faits ont été vérifiés.
commands-checked-on = vérifiée le { $date }
commands-checked = { $count ->
    [one] { $count } campagne vérifiée
   *[other] { $count } campagnes vérifiées
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
commands-wrote = { $count ->
    [one] { $count } fichier écrit
   *[other] { $count } fichiers écrits
} dans { $path }
commands-cannot-render-manual = impossible de produire la page de manuel : { $why }

# `campaigns ID` : pour chaque destinataire, ce que la campagne en connaît, et s’il reçoit les lettres imprimées par défaut.
commands-email = adresse e-mail
commands-no-email = pas d’adresse e-mail
commands-postal = adresse postale
commands-no-postal = pas d’adresse postale
commands-posted = envoi postal par défaut
commands-not-posted = pas d’envoi postal par défaut
