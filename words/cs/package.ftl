# Slova kolem dopisu v jeho balíčku (vytištěném nebo zkopírovaném textu).

package-subject = Předmět
package-to = Komu
package-cc = Kopie
package-letter = Dopis
package-addresses = Poštovní adresy
package-phone = Telefon
package-post = Příspěvek na sociální sítě
package-no-email = e-mailová adresa není k dispozici
package-look-on = hledejte ji na
package-added = vámi přidaná adresa
package-colon = {":"}
package-semicolon = {";"}
package-named = { $office }, { $name }
package-local-time = { $place } – místní čas: { $day } { $time } ({ $zone }).
package-original = Následuje původní dopis zaslaný hlavním adresátům ({ $recipients }):
package-share = Partnerská města { $main } a { $sister } můžete oslovit za pár minut: e-mailem, dopisem, telefonátem nebo příspěvkem. Každý hlas se počítá, zvláště z města { $main }.
package-share-website = Vše potřebné: { $url }
