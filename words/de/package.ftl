# Die Wörter rund um einen Brief in seinem Paket (dem gedruckten oder kopierten Text).

package-subject = Betreff
package-to = An
package-cc = Cc
package-letter = Brief
package-addresses = Postanschriften
package-phone = Telefon
package-post = Beitrag für soziale Medien
package-no-email = keine E-Mail-Adresse bekannt
package-look-on = vielleicht finden Sie eine auf
package-added = von Ihnen hinzugefügt
package-colon = {":"}
package-semicolon = {";"}
package-named = { $office }, { $name }
package-local-time = In { $place } ist es jetzt { $day }, { $time } ({ $zone }).
package-original = Es folgt der Originalbrief an die Hauptempfänger ({ $recipients }):
package-share = Ich habe soeben an die Partnerstädte { $main } und { $sister } geschrieben. Sie können dies in wenigen Minuten ebenfalls tun: mit einer E-Mail, einem Brief, einem Anruf oder einem Beitrag online. Jede Stimme zählt, besonders aus { $main }.
package-share-website = Alles Nötige: { $url }
