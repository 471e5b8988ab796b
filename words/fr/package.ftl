# Les mots autour d’une lettre dans son paquet (le texte imprimé ou copié), dans la
# langue de la lettre : titres, destinataires, adresses et la ligne du téléphone.

package-subject = Objet
package-to = À
package-cc = Cc
package-letter = Lettre
package-addresses = Adresses postales
package-phone = Téléphone
package-post = Message pour les réseaux sociaux
package-no-email = aucune adresse électronique connue
package-look-on = cherchez-en une sur
package-added = ajoutée par vous
# Une espace insécable avant les deux-points, une fine insécable avant le point-virgule.
package-colon = {"\u00A0:"}
package-semicolon = {"\u202F;"}
package-named = { $office }, { $name }
package-local-time = { $place }, heure locale{"\u00A0:"} { $day }, { $time } ({ $zone }).
# Après une copie, ce qui précède la lettre originale, dans la langue de la copie.
# $recipients : les fonctions des destinataires principaux, en liste.
package-original = Voici la lettre originale, telle qu’elle a été envoyée à ses destinataires principaux ({ $recipients }) :
# L’invitation qu’un soutien envoie à un ami (-p share), quand la campagne n’a pas de
# share.hbs : 280 au plus selon le décompte de X, avec la ligne du site.
package-share = Je viens d’écrire à { $main } et à { $sister }, villes jumelles. Vous aussi, vous pouvez agir en quelques minutes : un courriel, une lettre, un appel ou une publication. Chaque voix compte, surtout à { $main } !
package-share-website = Tout est ici : { $url }
