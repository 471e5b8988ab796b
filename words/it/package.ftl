# Le parole intorno a una lettera nel suo pacchetto (il testo stampato o copiato).

package-subject = Oggetto
package-to = A
package-cc = Cc
package-letter = Lettera
package-addresses = Indirizzi postali
package-phone = Telefono
package-post = Messaggio per i social network
package-no-email = nessun indirizzo email noto
package-look-on = può cercarne uno su
package-added = aggiunto da Lei
package-colon = {":"}
package-semicolon = {";"}
package-named = { $office }, { $name }
package-local-time = Ora locale a { $place }: { $day }, { $time } ({ $zone }).
package-original = Segue la lettera originale inviata ai destinatari principali ({ $recipients }):
package-share = Ho appena scritto alle città gemellate di { $main } e { $sister }. Anche Lei può farlo in pochi minuti: un’e-mail, una lettera, una telefonata o un post. Ogni voce conta, soprattutto da { $main }.
package-share-website = Tutto il necessario: { $url }
