# Ce que l’utilisateur doit savoir d’une lettre composée.

letter-unreviewed = le texte de cette campagne en { $language } n’a pas encore été relu par un locuteur natif : relisez-le avant de l’envoyer ou, si vous ne lisez pas cette langue, faites-le relire par quelqu’un qui la lit
letter-term-ended = d’après la campagne, { $holder } occupait la fonction « { $office } » jusqu’au { $end } ; la lettre s’adresse donc à la fonction, et non à la personne. Vérifiez qui l’occupe aujourd’hui.
letter-bad-timezone = phone.timezone « { $zone } » : { $why }
letter-words-missing = la campagne n’a pas de mots en « { $language } » pour { $count ->
    [one] un titre ou une mention, qui est donc
   *[other] { $count } titres et mentions, qui sont donc
} en anglais ({ $ids }) : ajoutez-{ $count ->
    [one] le
   *[other] les
} dans words/{ $language }/ (voir letters/README.md)

# Faits que la campagne marque comme non vérifiés (confidence = "unverified"), nommés dans un avertissement.
letter-unverified = la campagne indique que ce point n’est pas vérifié : { $fact } ; vérifiez-le avant de vous y fier
letter-fact-recipient = le destinataire « { $office } »
letter-fact-holder = { $name } en tant que { $office }
letter-fact-postal = l’adresse postale « { $label } »
letter-fact-phone = le numéro de téléphone { $number }
letter-fact-link = le lien { $url }
letter-fact-handle = le compte @{ $handle } (propriétaire : { $owner })
letter-fact-social = la table des comptes de réseaux sociaux
letter-share-no-cities = pour rédiger une invitation, le programme doit connaître les deux villes de la campagne : ajoutez `cities = ["PRINCIPALE", "JUMELLE"]` à campaign.toml (des identifiants de [places], la ville des destinataires principaux d’abord), ou écrivez templates/{ $language }/share.hbs
letter-no-latin-form = { $what ->
    [name] votre nom, { $value }, ne contient aucune lettre latine : la lettre en { $language } l’écrit tel quel, et ses lecteurs risquent de ne pas pouvoir le lire
   *[city] votre ville, { $value }, ne contient aucune lettre latine : la lettre en { $language } l’écrit telle quelle, et ses lecteurs risquent de ne pas pouvoir la lire
}. Donnez-en une forme en alphabet latin avec { $what ->
    [name] --latin-name, par exemple --latin-name "Kim Min-ji"
   *[city] --latin-city, par exemple --latin-city "Seoul"
}
