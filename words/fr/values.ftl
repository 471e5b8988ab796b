# Pourquoi une valeur donnée par l’utilisateur est refusée. $what vaut name, city ou address.

values-empty = { $what ->
    [name] le nom est vide
    [city] la ville et le pays sont vides
   *[address] la ligne d’adresse postale est vide
}
values-control = { $what ->
    [name] le nom contient
    [city] la ville et le pays contiennent
   *[address] la ligne d’adresse postale contient
} un caractère de contrôle (saut de ligne, tabulation ou séquence d’échappement) ; écrivez tout sur une seule ligne, en texte brut
values-hidden = { $what ->
    [name] le nom contient
    [city] la ville et le pays contiennent
   *[address] la ligne d’adresse postale contient
} un caractère invisible qui modifie l’affichage du texte (séparateur de ligne ou de paragraphe, ou marque de direction) ; écrivez en texte brut
values-too-long = { $what ->
    [name] le nom fait
    [city] la ville et le pays font ensemble
   *[address] la ligne d’adresse postale fait
} { $length } caractères ; le maximum est de { $max }
values-not-a-country = « { $value } » n’est pas un code de pays : donnez deux lettres, par exemple FR, KR ou US
values-unknown-country = « { $value } » n’est le code d’aucun pays dans la norme ISO 3166 : donnez-en un, par exemple FR, DE ou US
values-no-latin = { $what ->
    [name] la forme en alphabet latin du nom ne contient
   *[city] la forme en alphabet latin de la ville ne contient
} aucune lettre latine ; écrivez-la comme la liraient des lecteurs du français ou de l’anglais, par exemple Kim Min-ji ou Seoul
values-note-empty = la note personnelle est vide
values-note-control = la note personnelle contient un caractère de contrôle (tabulation ou séquence d’échappement) ; écrivez en texte brut
values-note-too-long = la note personnelle fait { $length } caractères ; le maximum est de { $max }
values-several-addresses = « { $value } » contient plusieurs adresses : donnez-en une ici, et ajoutez les autres dans votre messagerie
values-address-not-plain = « { $value } » : donnez une adresse simple, de la forme nom@example.org, sans guillemets, espaces ni nom
values-address-no-at = « { $value } » n’est pas une adresse e-mail : il n’y a pas de @ ; donnez-en une de la forme nom@example.org
values-address-missing-part = « { $value } » n’est pas une adresse e-mail : il manque quelque chose autour du @ ; donnez-en une de la forme nom@example.org
values-address-not-ascii = « { $value } » : la partie avant le @ n’est pas en ASCII simple ; les outils de messagerie de cet ordinateur ne peuvent pas écrire à une telle adresse (il faudrait SMTPUTF8) ; donnez une adresse ASCII
values-address-bad-domain = « { $value } » n’est pas une adresse e-mail : « { $domain } » n’est pas un nom de domaine avec un point, comme example.org
values-address-invalid = « { $value } » n’est pas une adresse e-mail ; donnez-en une de la forme nom@example.org
values-given-twice = l’adresse { $address } a été donnée deux fois ; elle n’est utilisée qu’une fois
