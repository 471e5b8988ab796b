# 캠페인 파일, 설정 파일, 글꼴 읽기.

read-leaves-folder = 캠페인 폴더 밖을 가리키는 링크입니다. 캠페인의 파일은 모두 그 폴더 안에 있어야 합니다
read-not-a-file = 파일이 아니라 { $kind ->
    [folder] 폴더입니다
    [device] 장치입니다
    [pipe] 이름 있는 파이프입니다
   *[socket] 소켓입니다
}
read-too-large = 이런 파일의 최대 크기인 { $max }KiB보다 큽니다
