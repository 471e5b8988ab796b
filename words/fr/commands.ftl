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
