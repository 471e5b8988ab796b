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
