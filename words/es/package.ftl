# Las palabras que rodean una carta en su paquete (el texto impreso o copiado).

package-subject = Asunto
package-to = Para
package-cc = CC
package-letter = Carta
package-addresses = Direcciones postales
package-phone = Teléfono
package-post = Mensaje para redes sociales
package-no-email = no consta ninguna dirección de correo electrónico
package-look-on = búsquela en
package-added = añadida por usted
package-colon = {":"}
package-semicolon = {";"}
package-named = { $office }, { $name }
package-local-time = Hora local en { $place }: { $day }, { $time } ({ $zone }).
package-original = A continuación, la carta original enviada a sus destinatarios principales ({ $recipients }):
package-share = Acabo de escribir a las ciudades hermanadas de { $main } y { $sister }. Usted también puede hacerlo en pocos minutos: un correo, una carta, una llamada o una publicación. Cada voz cuenta, sobre todo desde { $main }.
package-share-website = Todo lo necesario: { $url }
