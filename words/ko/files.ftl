# 파일 쓰기와, 쓸 수 없을 때 시스템이 알리는 내용.

files-dangling-link = { $path }: 파일로 쓸 수 있는 대상을 가리키지 않는 심볼릭 링크입니다. 일반 파일에 쓰거나, 표준 출력으로 내보내려면 --output 옵션을 빼세요
files-problem = { $path }: { $why }
files-not-a-file = { $path }: 파일이 아니라 { $kind ->
    [folder] 폴더
    [device] 장치
    [pipe] 명명된 파이프
   *[socket] 소켓
}입니다. 파일이 아닌 대상은 덮어쓰지 않으니 파일 이름을 지정하세요
files-exists = 파일이 이미 있습니다: { $path }. 다른 파일을 지정하거나, 덮어쓰려면 --force 옵션을 추가하세요
files-no-folder = { $path }: { $folder } 폴더가 없습니다
files-cannot-write = { $path }에 쓸 수 없습니다: { $why }
files-folder-not-empty = 폴더가 이미 있고 비어 있지 않습니다: { $path }. 새 폴더로 내보내세요
files-permission-denied = 권한이 없습니다
files-not-found = 파일이나 폴더가 없습니다
files-disk-full = 디스크 공간이 부족합니다
files-read-only = 디스크가 읽기 전용입니다
files-already-exists = 이미 있습니다
files-is-a-folder = 폴더입니다
files-not-a-folder = 경로 중 일부가 폴더가 아닙니다
