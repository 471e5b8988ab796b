# 편지 묶음(출력하거나 복사하는 글)에서 편지를 둘러싼 말: 제목, 받는 사람, 주소, 전화 줄.

package-subject = 제목
package-to = 받는 사람
package-cc = 참조
package-letter = 편지
package-addresses = 우편 주소
package-phone = 전화
package-post = 소셜 미디어 게시물
package-no-email = 등록된 이메일 주소 없음
package-look-on = 찾아볼 곳:
package-added = 직접 추가함
package-colon = {":"}
package-semicolon = {","}
package-named = { $office }({ $name })
package-local-time = { $place } 현지 시각: { $day } { $time }({ $zone })
# 사본 뒤, 원문 앞에 붙는 제목입니다(사본의 언어로). $recipients: 주 수신처 목록.
package-original = 다음은 { $recipients } 앞으로 보낸 원문입니다.
# 친구에게 보내는 초대 글(-p share)입니다. 캠페인에 share.hbs가 없을 때 씁니다.
# 웹사이트 줄을 포함해 X 기준 280 이내. $main: 주 수신처의 도시, $sister: 자매도시.
package-share = 방금 { $main }·{ $sister } 두 자매도시에 편지를 보냈어요. 몇 분이면 누구나 함께할 수 있어요. 이메일, 편지, 전화, SNS 글 가운데 하나면 돼요. 한 사람 한 사람의 목소리가 힘이 되고, { $main }에 사는 분이라면 더욱 그래요.
package-share-website = 필요한 내용은 여기에 있어요: { $url }
