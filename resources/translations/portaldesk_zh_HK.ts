<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PortalDesk::Article</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排程</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已發佈</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>a headline is required</source>
        <translation>必須填寫標題</translation>
    </message>
    <message>
        <source>a slug may hold only lowercase letters a–z, digits and single hyphens (at most 80)</source>
        <translation>網址代稱只可包含小寫字母 a–z、數字及單個連字號（最多 80 個字元）</translation>
    </message>
    <message>
        <source>“%1” is not a valid section key</source>
        <translation>「%1」不是有效的欄目代碼</translation>
    </message>
    <message>
        <source>“%1” is not a valid column key</source>
        <translation>「%1」不是有效的專欄代碼</translation>
    </message>
    <message>
        <source>the original link must start with https:// or http://</source>
        <translation>原文連結必須以 https:// 或 http:// 開頭</translation>
    </message>
    <message>
        <source>photo %1: “%2” is not a usable file name</source>
        <translation>相片 %1：「%2」不是可用的檔案名稱</translation>
    </message>
    <message>
        <source>a scheduled article needs a publish time</source>
        <translation>已排程的文章須設定發佈時間</translation>
    </message>
    <message>
        <source>the embargo ends before the publish time; clear one of them</source>
        <translation>禁發時間早於發佈時間；請清除其中一項</translation>
    </message>
    <message>
        <source>the version cannot be negative</source>
        <translation>版本號不可為負數</translation>
    </message>
    <message>
        <source>photo %1 has no picture yet: attach one or remove the photo</source>
        <translation>第 %1 張相片尚未有圖片：請加上圖片或移除該相片</translation>
    </message>
    <message>
        <source>the headline is %1 characters long; a headline may be at most %2</source>
        <translation>標題長 %1 字；標題最多 %2 字</translation>
    </message>
    <message>
        <source>the body is %1 characters long; a body may be at most %2 (about 3 MB): split the story into parts</source>
        <translation>正文長 %1 字；正文最多 %2 字（約 3 MB）：請把報道分成幾篇</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>已排程於 %1 發佈</translation>
    </message>
    <message>
        <source>%1, embargoed until %2</source>
        <translation>%1，禁發至 %2</translation>
    </message>
    <message>
        <source>the desk notes are %1 characters long; they may be at most %2</source>
        <translation>編輯部備註長 %1 字元；上限為 %2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ArticleStore</name>
    <message>
        <source>there is no article “%1”</source>
        <translation>沒有文章「%1」</translation>
    </message>
    <message>
        <source>“%1” is not a usable article id</source>
        <translation>「%1」不是可用的文章編號</translation>
    </message>
    <message>
        <source>an article with id “%1” already exists</source>
        <translation>編號為「%1」的文章已存在</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>article “%1” no longer exists; it was deleted</source>
        <translation>文章「%1」已不存在，已被刪除</translation>
    </message>
    <message>
        <source>%1 saved this article (version %2) after you opened version %3</source>
        <translation>你開啟第 %3 版後，%1 已儲存此文章（第 %2 版）</translation>
    </message>
    <message>
        <source>someone saved this article at the same moment; try again</source>
        <translation>有人同時儲存了此文章，請再試一次</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>沒有修訂版本 %1</translation>
    </message>
    <message>
        <source>revision %1 is damaged: %2</source>
        <translation>修訂版本 %1 已損壞：%2</translation>
    </message>
    <message>
        <source>revision %1 belongs to another article</source>
        <translation>修訂版本 %1 屬於另一篇文章</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>已還原第 %1 版</translation>
    </message>
    <message>
        <source>there is no section “%1”</source>
        <translation>沒有欄目「%1」</translation>
    </message>
    <message>
        <source>there is no column “%1”</source>
        <translation>沒有專欄「%1」</translation>
    </message>
    <message>
        <source>the slug “%1” is already used by article %2</source>
        <translation>網址代稱「%1」已被文章 %2 使用</translation>
    </message>
    <message>
        <source>sent back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>unpublished, now a draft</source>
        <translation>已取消發佈，現為草稿</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>已提交審閱</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已發佈</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>已排程於 %1 發佈</translation>
    </message>
    <message>
        <source>this story already has a version in %1: “%2”; unlink that one first</source>
        <translation>這則報道已有%1版本：「%2」；請先解除該配對</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleExporter</name>
    <message>
        <source>refusing the picture name “%1”</source>
        <translation>拒絕使用圖片名稱「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled for later</source>
        <translation>
            <numerusform>%n 篇已排程稍後發佈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under embargo</source>
        <translation>
            <numerusform>%n 篇禁發中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a picture</source>
        <translation>
            <numerusform>%n 篇待補圖片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not published (draft or in review)</source>
        <translation>
            <numerusform>%n 篇未發佈（草稿或審閱中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n 篇已封存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n article(s): %1</source>
        <translation>
            <numerusform>未有收錄 %n 篇文章：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>「%1」(%2)：%3</translation>
    </message>
    <message>
        <source>refusing to write outside the bundle: %1</source>
        <translation>拒絕寫入網站套件以外的位置：%1</translation>
    </message>
    <message>
        <source>the export was cancelled; the previous bundle is unchanged</source>
        <translation>匯出已取消；之前的網站套件維持不變</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>未指定輸出資料夾</translation>
    </message>
    <message>
        <source>%1 is a file; the bundle needs a folder</source>
        <translation>%1 是檔案；網站套件需要資料夾</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no PortalDesk bundle; export into a new or empty folder so nothing there is lost</source>
        <translation>%1 並非空資料夾，亦沒有 PortalDesk 網站套件；請匯出到新的或空的資料夾，以免遺失當中的檔案</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot swap the new bundle into %1</source>
        <translation>無法以新網站套件替換 %1</translation>
    </message>
    <message>
        <source>cannot move the new bundle to %1</source>
        <translation>無法把新網站套件移到 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>another export into %1 is running; try again when it has finished</source>
        <translation>另一個匯出正在寫入 %1；請待其完成後再試</translation>
    </message>
    <message>
        <source>cannot commit the update of %1</source>
        <translation>無法提交 %1 的更新</translation>
    </message>
    <message>
        <source>cannot open the folder %1</source>
        <translation>無法開啟資料夾 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>the export journal %1 is incomplete</source>
        <translation>匯出日誌 %1 不完整</translation>
    </message>
    <message>
        <source>the export journal %1 names a path outside the bundle: %2</source>
        <translation>匯出日誌 %1 指向套件以外的路徑：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>cannot move %1 into the bundle</source>
        <translation>無法把 %1 移入套件</translation>
    </message>
    <message>
        <source>cannot remove %1 from the bundle</source>
        <translation>無法從套件移除 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>無法移除 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleZip</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: %3</source>
        <translation>無法把 %1 加入 %2：%3</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>無法完成 %1：%2</translation>
    </message>
    <message>
        <source>cannot move the finished zip to %1</source>
        <translation>無法把完成的 zip 檔移到 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Category</name>
    <message>
        <source>“%1” is not a valid key: use lowercase a–z, digits and &apos;-&apos;</source>
        <translation>「%1」不是有效的代碼：請用小寫 a–z、數字及「-」</translation>
    </message>
    <message>
        <source>give a name in at least one language</source>
        <translation>請最少以一種語言填寫名稱</translation>
    </message>
</context>
<context>
    <name>PortalDesk::CategoryStore</name>
    <message>
        <source>section “%1” still has %2 articles; move them first</source>
        <translation>欄目「%1」仍有 %2 篇文章，請先把文章移走</translation>
    </message>
    <message>
        <source>column “%1” is on %2 articles; take it off them first</source>
        <translation>專欄「%1」仍用於 %2 篇文章；請先從文章中移除</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ChangeWatch</name>
    <message>
        <source>cannot follow other editors&apos; changes on %1: %2</source>
        <translation>無法追蹤其他編輯在 %1 上的修改：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ContentJson</name>
    <message>
        <source>is required</source>
        <translation>必須填寫</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必須是文字</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不可留空</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須是整數</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須是 true 或 false</translation>
    </message>
    <message>
        <source>“%1” is not a time like 2024-11-11T12:47:00Z</source>
        <translation>「%1」不是有效時間，格式如 2024-11-11T12:47:00Z</translation>
    </message>
    <message>
        <source>“%1” is not one of zh-Hant-HK, zh-Hans, en</source>
        <translation>「%1」不是 zh-Hant-HK、zh-Hans 或 en</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;zh-Hant-HK&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>必須是物件，例如 {&quot;zh-Hant-HK&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the %1 name must be a string</source>
        <translation>%1 名稱必須是文字</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必須是列表</translation>
    </message>
    <message>
        <source>each column must be a key string</source>
        <translation>每個專欄都必須是代碼文字</translation>
    </message>
    <message>
        <source>photo %1 must be an object</source>
        <translation>相片 %1 必須是物件</translation>
    </message>
    <message>
        <source>“%1” is not one of draft, in_review, scheduled, published, archived</source>
        <translation>「%1」不是 draft、in_review、scheduled、published 或 archived</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必須是物件</translation>
    </message>
    <message>
        <source>target %1 must be an object</source>
        <translation>目標 %1 必須是物件</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ContentLint</name>
    <message>
        <source>kicker</source>
        <translation>引題</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation>導語</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>body</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Simplified edition body</source>
        <translation>簡體版內文</translation>
    </message>
    <message>
        <source>photo %1 caption</source>
        <translation>相片 %1 圖說</translation>
    </message>
    <message>
        <source>photo %1 credit</source>
        <translation>相片 %1 鳴謝</translation>
    </message>
    <message>
        <source>photo %1 alt text</source>
        <translation>相片 %1 替代文字</translation>
    </message>
    <message>
        <source>credit line</source>
        <translation>鳴謝行</translation>
    </message>
    <message>
        <source>Simplified kicker</source>
        <translation>簡體引題</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Simplified text</source>
        <translation>簡體文字</translation>
    </message>
    <message>
        <source>call to action</source>
        <translation>行動呼籲</translation>
    </message>
    <message>
        <source>Simplified call to action</source>
        <translation>簡體行動呼籲</translation>
    </message>
    <message>
        <source>%1 %2 name</source>
        <translation>%1「%2」名稱</translation>
    </message>
    <message>
        <source>%1 %2 name (%3)</source>
        <translation>%1「%2」名稱（%3）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Database</name>
    <message>
        <source>the database refused the change: %1</source>
        <translation>資料庫拒絕了這項更改：%1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>資料庫錯誤：%1</translation>
    </message>
    <message>
        <source>the newsroom server refused: your role may not make this change (%1)</source>
        <translation>編輯室伺服器拒絕了：你的角色不可作此更改（%1）</translation>
    </message>
    <message>
        <source>the connection to the newsroom server was lost; PortalDesk reconnects by itself, and what you typed stays: try again once it is back (%1)</source>
        <translation>與編輯室伺服器的連線中斷了；PortalDesk 會自行重新連接，你輸入的內容會保留：恢復連線後請再試（%1）</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>伺服器沒有回應</translation>
    </message>
</context>
<context>
    <name>PortalDesk::DatabaseFile</name>
    <message>
        <source>A copy made before a schema update is beside it: %1. </source>
        <translation>旁邊有一份更新結構前製作的副本：%1。</translation>
    </message>
    <message>
        <source>To save what is still readable into a new file: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.sqlite</source>
        <translation>要把仍可讀取的內容救到新檔案：sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.sqlite</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. The file was not changed. %3</source>
        <translation>無法開啟 %1：%2。檔案沒有被改動。%3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>it is not a SQLite database (its first bytes are not SQLite&apos;s header)</source>
        <translation>它不是 SQLite 資料庫（開頭的位元組不是 SQLite 的檔頭）</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>檔頭已損壞（頁面大小 %1）</translation>
    </message>
    <message>
        <source>it is cut short: its header says %1 bytes, the file has %2</source>
        <translation>檔案不完整：檔頭說有 %1 位元組，檔案只有 %2</translation>
    </message>
    <message>
        <source>it is cut short: %1 bytes is not a whole number of %2-byte pages</source>
        <translation>檔案不完整：%1 位元組不是 %2 位元組頁面的整數倍</translation>
    </message>
    <message>
        <source>it is damaged, or the write-ahead log beside it (%1-wal) belongs to another database (%2)</source>
        <translation>檔案已損壞，或旁邊的預寫日誌（%1-wal）屬於另一個資料庫（%2）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>檔案已損壞（%1）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::EditLocks</name>
    <message>
        <source>%1 is editing this article since %2 (%3)</source>
        <translation>%1 自 %2 起正在編輯此文章（%3）</translation>
    </message>
    <message>
        <source>the server gave no lock token</source>
        <translation>伺服器沒有給出鎖定編號</translation>
    </message>
    <message>
        <source>cannot mark articles as being edited: the folder %1 cannot be written</source>
        <translation>無法標示文章正在編輯：資料夾 %1 不可寫入</translation>
    </message>
    <message>
        <source>there is no article “%1” to edit</source>
        <translation>沒有可編輯的文章「%1」</translation>
    </message>
    <message>
        <source>someone else opened this article to edit at the same moment; try again</source>
        <translation>有人在同一時間開啟此文章編輯，請再試一次</translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation>%1 從 %2 接手編輯</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ExportLock</name>
    <message>
        <source>%1 is already exporting this portal (since %2); one export runs at a time: try again when it has finished</source>
        <translation>%1 正在匯出此網站（自 %2 起）；每次只可進行一個匯出，請待其完成後再試</translation>
    </message>
    <message>
        <source>another editor</source>
        <translation>另一位編輯</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>剛才</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的程序 %1</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>較早前</translation>
    </message>
    <message>
        <source>%1 is already watching this portal to publish it (since %2); one watcher publishes at a time, this one stands by</source>
        <translation>%1 已在監察此網站並負責發佈（自 %2 起）；每次只由一個監察程序發佈，此程序現時待命</translation>
    </message>
    <message>
        <source>cannot create the lock file beside %1 (is its folder writable?)</source>
        <translation>無法在 %1 旁建立鎖定檔（該資料夾可以寫入嗎？）</translation>
    </message>
    <message>
        <source>%1 is already publishing this portal (since %2); one publish runs at a time: try again when it has finished</source>
        <translation>%1 正在發佈此網站（自 %2 起）；每次只可進行一項發佈：請待其完成後再試</translation>
    </message>
</context>
<context>
    <name>PortalDesk::FeedLog</name>
    <message>
        <source>polling takes 0 (on demand) to 1,440 minutes, not %1</source>
        <translation>讀取間隔須為 0（按需）至 1,440 分鐘，而非 %1</translation>
    </message>
    <message>
        <source>the portal does not follow the feed %1</source>
        <translation>網站沒有訂閱源 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::HostCheck</name>
    <message>
        <source>the address&apos;s host “%1” is shown as %2, as browsers show it: it mixes letters of different scripts that look alike; check that it is the site you mean</source>
        <translation>網址的主機「%1」會顯示為 %2，與瀏覽器一樣：它混合了外形相似的不同文字字母；請確認這是你想連結的網站</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ingest</name>
    <message>
        <source>imported from wire copy</source>
        <translation>由通訊社稿件匯入</translation>
    </message>
    <message>
        <source>converted to Traditional Chinese (zh-Hant-HK)</source>
        <translation>已轉換為繁體中文（zh-Hant-HK）</translation>
    </message>
    <message>
        <source>typography fixed</source>
        <translation>已修正排版</translation>
    </message>
    <message>
        <source>the headline was too long; it was shortened and the whole line kept in the body</source>
        <translation>標題過長，已縮短，整行保留在內文</translation>
    </message>
    <message>
        <source>the original link “%1” is not a web address; kept in the body</source>
        <translation>原文連結「%1」不是網址，已保留在內文</translation>
    </message>
    <message>
        <source>a second original link was kept in the body</source>
        <translation>第二個原文連結已保留在內文</translation>
    </message>
    <message>
        <source>no headline found; the first sentence stands in for it</source>
        <translation>找不到標題，以第一句代替</translation>
    </message>
    <message>
        <source>this does not look like wire copy: the first line became the headline and everything else the body</source>
        <translation>這看來不是通訊社稿件：第一行已用作標題，其餘內容放入內文</translation>
    </message>
    <message>
        <source>the copy is empty</source>
        <translation>稿件是空的</translation>
    </message>
    <message>
        <source>no dateline (such as “BEIJING, Nov. 11, 2024 /PRNewswire/ --”) found</source>
        <translation>找不到電頭（例如「BEIJING, Nov. 11, 2024 /PRNewswire/ --」）</translation>
    </message>
    <message>
        <source>the copy is dated %1 but gives no time of day; the publish time was left empty</source>
        <translation>稿件日期為 %1，但沒有時間；發佈時間留空</translation>
    </message>
    <message>
        <source>the dateline gives a day but no year, and the copy has no date to take it from</source>
        <translation>電頭只有日期而沒有年份，稿件中亦無日期可參照</translation>
    </message>
    <message>
        <source>cannot read the feed %1: %2</source>
        <translation>無法讀取訂閱源 %1：%2</translation>
    </message>
    <message>
        <source>the feed %1 is larger than %2 MB</source>
        <translation>訂閱源 %1 大於 %2 MB</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 不是網址</translation>
    </message>
    <message>
        <source>the feed at %1 is larger than %2 MB</source>
        <translation>%1 的訂閱源大於 %2 MB</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 在 %2 秒內沒有回應</translation>
    </message>
    <message>
        <source>cannot fetch %1: the server answered %2 (%3)</source>
        <translation>無法取得 %1：伺服器回應 %2（%3）</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>無法取得 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the feed log %1: %2</source>
        <translation>無法讀取訂閱紀錄 %1：%2</translation>
    </message>
    <message>
        <source>the feed log %1 is not valid JSON (at byte %2): %3</source>
        <translation>訂閱紀錄 %1 不是有效的 JSON（第 %2 位元組）：%3</translation>
    </message>
    <message>
        <source>cannot write the feed log %1: %2</source>
        <translation>無法寫入訂閱紀錄 %1：%2</translation>
    </message>
    <message>
        <source>empty item</source>
        <translation>空項目</translation>
    </message>
    <message>
        <source>taken before</source>
        <translation>之前已匯入</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed: it starts with &lt;%1&gt;</source>
        <translation>不是 RSS 或 Atom 訂閱源：開首是 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>訂閱源不是格式正確的 XML（第 %1 行第 %2 欄）：%3</translation>
    </message>
    <message>
        <source>the feed is empty</source>
        <translation>訂閱源是空的</translation>
    </message>
    <message>
        <source>the copy gives a release time (%1) but no date; the publish time was left empty</source>
        <translation>稿件有發佈時間（%1）但沒有日期；發佈時間留空</translation>
    </message>
    <message>
        <source>same original link</source>
        <translation>原文連結相同</translation>
    </message>
    <message>
        <source>%1 % the same text</source>
        <translation>文字有 %1% 相同</translation>
    </message>
    <message>
        <source>“%1” was not updated: %2</source>
        <translation>「%1」未有更新：%2</translation>
    </message>
    <message>
        <source>updated from wire copy</source>
        <translation>由通訊社稿件更新</translation>
    </message>
    <message>
        <source>already in the portal as %1 (%2)</source>
        <translation>已在網站中，即 %1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1（%2，程序 %3）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Interchange</name>
    <message>
        <source>line %1, column %2: %3 (the file is not valid JSON)</source>
        <translation>第 %1 行第 %2 列：%3（檔案不是有效的 JSON）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必須是列表</translation>
    </message>
    <message>
        <source>“%1” must be a path inside the file&apos;s folder, without ..</source>
        <translation>「%1」必須是檔案所在資料夾內的路徑，不可包含 ..</translation>
    </message>
    <message>
        <source>the photo file “%1” does not exist</source>
        <translation>相片檔「%1」不存在</translation>
    </message>
    <message>
        <source>“%1” points outside the file&apos;s folder</source>
        <translation>「%1」指向檔案所在資料夾以外的位置</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot;: &quot;portaldesk/1&quot;</source>
        <translation>檔案必須是一個包含 &quot;format&quot;: &quot;portaldesk/1&quot; 的 JSON 物件</translation>
    </message>
    <message>
        <source>this is not a portaldesk/1 file (its &quot;format&quot; is “%1”)</source>
        <translation>這不是 portaldesk/1 檔案（其 &quot;format&quot; 為「%1」）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必須是物件</translation>
    </message>
    <message>
        <source>every article needs an id of letters, digits and &apos;-&apos;</source>
        <translation>每篇文章都需要由字母、數字及「-」組成的編號</translation>
    </message>
    <message>
        <source>%1 already has content (%2 articles, %3 promos); load with --merge to add to it</source>
        <translation>%1 已有內容（%2 篇文章、%3 則推廣）；如要加入內容，請以 --merge 載入</translation>
    </message>
    <message>
        <source>loaded from a portaldesk/1 file</source>
        <translation>從 portaldesk/1 檔案載入</translation>
    </message>
    <message>
        <source>changed while loading</source>
        <translation>載入期間已更改</translation>
    </message>
    <message>
        <source>there is no article “%1”</source>
        <translation>沒有文章「%1」</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>every record needs its own “%1”</source>
        <translation>每項紀錄都需要獨立的「%1」</translation>
    </message>
    <message>
        <source>this is used by an earlier record too</source>
        <translation>前面已有紀錄使用此值</translation>
    </message>
    <message>
        <source>the file has %1 promos; a portal file may hold at most %2</source>
        <translation>檔案有 %1 則推廣；一個入口網站檔案最多可有 %2 則</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a portal file may be at most %3 (use migrate to move a larger portal between databases)</source>
        <translation>%1 有 %2 位元組；入口網站檔案最多 %3 位元組（較大的入口網站請用 migrate 在資料庫之間搬移）</translation>
    </message>
    <message>
        <source>translation group “%1” has two articles in %2 (“%3” and “%4”); a story has at most one version per language</source>
        <translation>翻譯組「%1」有兩篇%2文章（「%3」及「%4」）；每則報道每種語言最多只有一個版本</translation>
    </message>
    <message>
        <source>“%1” is not a picture PortalDesk can read</source>
        <translation>「%1」不是 PortalDesk 能讀取的圖片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Language</name>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Lint</name>
    <message>
        <source>Simplified character %1 in Traditional text: use %2</source>
        <translation>繁體文字中有簡體字 %1：應改用 %2</translation>
    </message>
    <message>
        <source>Traditional character %1 in Simplified text: use %2</source>
        <translation>簡體文字中有繁體字 %1：應改用 %2</translation>
    </message>
    <message>
        <source>Paragraph repeats line %1</source>
        <translation>段落與第 %1 行重複</translation>
    </message>
    <message>
        <source>Invisible bidirectional control %1</source>
        <translation>隱形的雙向控制字元 %1</translation>
    </message>
    <message>
        <source>Invisible character %1</source>
        <translation>隱形字元 %1</translation>
    </message>
    <message>
        <source>House style: one space between Chinese and Latin text</source>
        <translation>編採守則：中文與拉丁字母之間留一個空格</translation>
    </message>
    <message>
        <source>House style: no space between Chinese and Latin text</source>
        <translation>編採守則：中文與拉丁字母之間不留空格</translation>
    </message>
    <message>
        <source>Line is %1 columns wide; the limit is %2</source>
        <translation>此行闊 %1 欄，上限為 %2 欄</translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text: use %1</source>
        <translation>中文內有半形標點：應改用 %1</translation>
    </message>
    <message>
        <source>zh-Hans quotes with “” and ‘’: use %1</source>
        <translation>簡體版引號用 “” 及 ‘’：應改用 %1</translation>
    </message>
    <message>
        <source>zh-Hant-HK quotes with 「」 and 『』: use %1</source>
        <translation>繁體（香港）版引號用「」及『』：應改用 %1</translation>
    </message>
    <message>
        <source>Chinese ellipsis is ……</source>
        <translation>中文省略號為……</translation>
    </message>
    <message>
        <source>Chinese dash is ——</source>
        <translation>中文破折號為——</translation>
    </message>
    <message>
        <source>Picture from another site: readers&apos; browsers will block it. Attach it as a photo instead (the fix makes it a link)</source>
        <translation>圖片來自其他網站：讀者的瀏覽器會把它擋住。請改為附加成相片（修正會把它變成連結）</translation>
    </message>
    <message>
        <source>leave the particle out</source>
        <translation>刪去語氣助詞</translation>
    </message>
    <message>
        <source>written Chinese has “%1”</source>
        <translation>書面語用「%1」</translation>
    </message>
    <message>
        <source>Cantonese “%1” in a quotation: normal for words as spoken, but the 简 edition&apos;s readers will read it as Cantonese; %2, or give the 简 edition its own text</source>
        <translation>引文中有粵語「%1」：照錄原話屬正常，但简體版讀者會讀成粵語；%2，或為简體版另寫文字</translation>
    </message>
    <message>
        <source>Cantonese “%1”: the 简 edition&apos;s readers will read it as Cantonese; %2, or give the 简 edition its own text</source>
        <translation>粵語「%1」：简體版讀者會讀成粵語；%2，或為简體版另寫文字</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Main</name>
    <message>
        <source>A portal database to open, or a portal file (*.portaldesk.json) to load into a new database.</source>
        <translation>要開啟的網站資料庫，或要載入新資料庫的網站檔案（*.portaldesk.json）。</translation>
    </message>
    <message>
        <source>Show the version and the git revision it was built from.</source>
        <translation>顯示版本及建構時的 git 修訂版本。</translation>
    </message>
    <message>
        <source>PortalDesk, the editorial desk for bilingual news portals.</source>
        <translation>PortalDesk：雙語新聞網站的編採平台。</translation>
    </message>
    <message>
        <source>Open the portal database at PATH (a SQLite file or a postgresql:// address).</source>
        <translation>開啟位於 PATH 的網站資料庫（SQLite 檔案或 postgresql:// 位址）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it has loaded, then quit.</source>
        <translation>視窗載入後把畫面存成 FILE，然後結束。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Open the article with id ID in an editor tab.</source>
        <translation>在編輯分頁開啟編號為 ID 的文章。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Wait MS milliseconds before taking the screenshot (default 500).</source>
        <translation>擷取畫面前等候 MS 毫秒（預設 500）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>無法把擷取畫面寫入 %1</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>使用深色配色。</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large at the top left (e.g. 1280x800), for screenshots.</source>
        <translation>在左上角以「闊x高」像素開啟視窗（例如 1280x800），供截圖之用。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, at least 400x300, not %1</source>
        <translation>--size 須為「闊x高」，最少 400x300，而非 %1</translation>
    </message>
    <message>
        <source>Import the wire copy in FILE (a .txt release) once the database is open, as File ▸ Import Wire Copy… does; may be given more than once.</source>
        <translation>資料庫開啟後匯入 FILE 中的通訊稿（.txt 稿件），與「檔案 ▸ 匯入通訊稿…」相同；可指定多次。</translation>
    </message>
    <message>
        <source>unknown view %1: use promos, promo, sections, export, feeds, settings, connect, publish, pair, server or about</source>
        <translation>未知的畫面 %1：請用 promos、promo、sections、export、feeds、settings、connect、publish、pair、server 或 about</translation>
    </message>
    <message>
        <source>Open VIEW once the database is open: promos, promo, sections, export, feeds, settings, connect, publish, pair (a translation beside its original), server (Publish to Web Server) or about.</source>
        <translation>開啟資料庫後開啟畫面 VIEW：promos、promo、sections、export、feeds、settings、connect、publish、pair（譯文與原文並排）、server（發佈到網站伺服器）或 about。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::MediaStore</name>
    <message>
        <source>there is no picture “%1” in the database</source>
        <translation>資料庫內沒有圖片「%1」</translation>
    </message>
    <message>
        <source>this photo has no picture yet</source>
        <translation>這張相片尚未有圖片</translation>
    </message>
    <message>
        <source>“%1” is %2 bytes; a photo file may be at most %3</source>
        <translation>「%1」有 %2 位元組；相片檔案最多 %3 位元組</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; a photo may be at most %4 pixels on each side</source>
        <translation>「%1」為 %2 × %3 像素；相片每邊最多 %4 像素</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Migrations</name>
    <message>
        <source>%1 was written by a newer PortalDesk (schema %2, this version knows up to %3); update PortalDesk to open it</source>
        <translation>%1 由較新版本的 PortalDesk 寫入（結構 %2，此版本只支援至 %3）；請更新 PortalDesk 後再開啟</translation>
    </message>
    <message>
        <source>could not back up %1 before updating it: %2</source>
        <translation>更新前無法備份 %1：%2</translation>
    </message>
    <message>
        <source>updating the database to schema %1 (%2) failed: %3</source>
        <translation>把資料庫更新至結構 %1（%2）失敗：%3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Newsroom</name>
    <message>
        <source>people and roles belong to a newsroom server (postgresql://…); on a SQLite file the editor is whoever opens it</source>
        <translation>人員與角色屬於編輯室伺服器（postgresql://…）；SQLite 檔案的編輯就是開啟它的人</translation>
    </message>
    <message>
        <source>“%1” is not a usable login: start with a letter a–z, then up to 62 of a–z, 0–9, “.”, “_”, “-”</source>
        <translation>「%1」不是可用的登入名稱：須以字母 a–z 開頭，其後最多 62 個 a–z、0–9、「.」、「_」、「-」</translation>
    </message>
    <message>
        <source>a person needs a display name (e.g. 陳大文)</source>
        <translation>人員需要顯示名稱（例如 陳大文）</translation>
    </message>
    <message>
        <source>a display name has at most 100 characters</source>
        <translation>顯示名稱最多 100 個字元</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>記者</translation>
    </message>
    <message>
        <source>sub-editor</source>
        <translation>副編輯</translation>
    </message>
    <message>
        <source>chief editor</source>
        <translation>總編輯</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>資料庫擁有者</translation>
    </message>
    <message>
        <source>As a reporter you edit your own articles; this one is %1&apos;s.</source>
        <translation>記者只可編輯自己的文章；這篇是 %1 的。</translation>
    </message>
    <message>
        <source>As a reporter you edit drafts; this article is %1 now, so the desk edits it.</source>
        <translation>記者只可編輯草稿；這篇文章現為「%1」，由編輯台處理。</translation>
    </message>
    <message>
        <source>As a reporter you submit articles for review; a sub-editor schedules and publishes them.</source>
        <translation>記者把文章提交審閱；由副編輯排程及發佈。</translation>
    </message>
    <message>
        <source>Only a chief editor can take over an article a colleague is editing.</source>
        <translation>只有總編輯可接手同事正在編輯的文章。</translation>
    </message>
    <message>
        <source>As a reporter you cannot change promos; sub-editors and chief editors do.</source>
        <translation>記者不可更改推廣位；由副編輯及總編輯處理。</translation>
    </message>
    <message>
        <source>Only a chief editor can change sections, columns and portal settings.</source>
        <translation>只有總編輯可更改版面、專欄及網站設定。</translation>
    </message>
    <message>
        <source>Only a chief editor can add people or change their roles.</source>
        <translation>只有總編輯可新增人員或更改其角色。</translation>
    </message>
    <message>
        <source>the database owner is not a group role</source>
        <translation>資料庫擁有者不是群組角色</translation>
    </message>
    <message>
        <source>the server did not say which database this is</source>
        <translation>伺服器沒有說明這是哪個資料庫</translation>
    </message>
    <message>
        <source>cannot create the newsroom&apos;s roles; newsroom init is run by the database&apos;s owner with the right to create roles (CREATEROLE): %1</source>
        <translation>無法建立編輯室的角色；newsroom init 須由具建立角色權限（CREATEROLE）的資料庫擁有者執行：%1</translation>
    </message>
    <message>
        <source>a person is a reporter, a sub-editor or a chief editor</source>
        <translation>人員須為記者、副編輯或總編輯</translation>
    </message>
    <message>
        <source>%1 is a new login: give them a password</source>
        <translation>%1 是新的登入名稱：請為其設定密碼</translation>
    </message>
    <message>
        <source>%1 is not one of this newsroom&apos;s people (newsroom list-people shows who is)</source>
        <translation>%1 不是此編輯室的人員（newsroom list-people 會列出人員）</translation>
    </message>
    <message>
        <source>%1 is not one of this newsroom&apos;s people</source>
        <translation>%1 不是此編輯室的人員</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PhotoEncoder</name>
    <message>
        <source>the picture %1 cannot be read: %2</source>
        <translation>無法讀取圖片 %1：%2</translation>
    </message>
    <message>
        <source>the picture %1 could not be written as %2</source>
        <translation>圖片 %1 無法寫成 %2 格式</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Portal</name>
    <message>
        <source>the base URL must start with https:// or http://</source>
        <translation>網站網址必須以 https:// 或 http:// 開頭</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone, e.g. Asia/Hong_Kong</source>
        <translation>「%1」不是已知的時區，例如 Asia/Hong_Kong</translation>
    </message>
    <message>
        <source>“%1” is not a valid theme name</source>
        <translation>「%1」不是有效的主題名稱</translation>
    </message>
    <message>
        <source>“%1” is not a name of its own for a publish target (letters, digits and -)</source>
        <translation>「%1」不能作為發佈目標的獨立名稱（只可用字母、數字及 -）</translation>
    </message>
    <message>
        <source>the publish target “%1” has no usable address</source>
        <translation>發佈目標「%1」沒有可用的位址</translation>
    </message>
    <message>
        <source>the publish target “%1” must keep 2 to 100 releases</source>
        <translation>發佈目標「%1」須保留 2 至 100 個版本</translation>
    </message>
    <message>
        <source>“%1” is not a usable picture name</source>
        <translation>「%1」不是可用的圖片名稱</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PortalCopy</name>
    <message>
        <source>%1 already holds a portal (%2 rows in %3); a portal is moved only into an empty database, so that nothing there is mixed or overwritten</source>
        <translation>%1 已有一個網站（%3 有 %2 行）；網站只會搬到空白資料庫，以免混入或覆蓋原有內容</translation>
    </message>
    <message>
        <source>the copy of %1 has %2 rows where the original has %3; nothing was kept</source>
        <translation>%1 的副本有 %2 行，原本有 %3 行；副本沒有保留</translation>
    </message>
    <message>
        <source>the copy&apos;s content digest (%1) differs from the original&apos;s (%2); nothing was kept</source>
        <translation>副本的內容摘要（%1）與原本的（%2）不同；副本沒有保留</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PortalSnapshot</name>
    <message>
        <source>the article “%1” was taken down while the export ran; export again</source>
        <translation>匯出期間文章「%1」已被撤下；請重新匯出</translation>
    </message>
    <message>
        <source>an article was deleted while the export ran; export again</source>
        <translation>匯出期間有文章被刪除；請重新匯出</translation>
    </message>
    <message>
        <source>in review, not published</source>
        <translation>審閱中，未發佈</translation>
    </message>
    <message>
        <source>a draft, not published</source>
        <translation>草稿，未發佈</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>已排程於 %1 發佈</translation>
    </message>
    <message>
        <source>set to publish but has no publish time</source>
        <translation>已設為發佈但未有發佈時間</translation>
    </message>
    <message>
        <source>embargoed until %1</source>
        <translation>禁發至 %1</translation>
    </message>
    <message>
        <source>a photo has no picture yet</source>
        <translation>有相片尚未有圖片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PostgresSchema</name>
    <message>
        <source>%1: this login may not create or change PortalDesk&apos;s tables (schema %2). The database&apos;s owner sets them up: run “portaldesk-cli newsroom migrate --db ADDRESS” as the owner. (The server said: %3)</source>
        <translation>%1：此登入名稱無權建立或更改 PortalDesk 的資料表（結構 %2）。請由資料庫擁有人設定：以擁有人身分執行「portaldesk-cli newsroom migrate --db 位址」。（伺服器回應：%3）</translation>
    </message>
    <message>
        <source>updating %1 to schema %2 (%3) failed; nothing of this step was kept: %4</source>
        <translation>將 %1 更新至結構 %2（%3）失敗；此步驟的更改全部未保留：%4</translation>
    </message>
    <message>
        <source>schema %1: %2 (%3 statements)</source>
        <translation>結構 %1：%2（%3 條指令）</translation>
    </message>
    <message>
        <source>%1 holds a portal of schema %2, written by a newer PortalDesk; this version knows up to schema %3 and has changed nothing: update PortalDesk to use it</source>
        <translation>%1 的網站採用結構 %2，由較新版本的 PortalDesk 寫入；此版本只認識至結構 %3，未作任何更改：請更新 PortalDesk 後再使用</translation>
    </message>
    <message>
        <source>%1 holds a portal of schema %2 and this PortalDesk needs schema %3. Updating it changes the newsroom&apos;s shared database for every editor; the chief editor does it with “portaldesk-cli newsroom migrate --db ADDRESS”, which will: %4</source>
        <translation>%1 的網站採用結構 %2，此版本的 PortalDesk 需要結構 %3。更新會改動全組編輯共用的資料庫，請由總編輯執行「portaldesk-cli newsroom migrate --db 位址」，它會：%4</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Promo</name>
    <message>
        <source>“%1” is not a valid slot name, e.g. sidebar.feature</source>
        <translation>「%1」不是有效的版位名稱，例如 sidebar.feature</translation>
    </message>
    <message>
        <source>the promo text is required</source>
        <translation>必須填寫推廣文字</translation>
    </message>
    <message>
        <source>a link is required</source>
        <translation>必須填寫連結</translation>
    </message>
    <message>
        <source>the link must start with https:// or http://, or point to an article</source>
        <translation>連結必須以 https:// 或 http:// 開頭，或指向一篇文章</translation>
    </message>
    <message>
        <source>“%1” is not a usable file name</source>
        <translation>「%1」不是可用的檔案名稱</translation>
    </message>
    <message>
        <source>the schedule must end after it starts</source>
        <translation>排程的結束時間必須遲於開始時間</translation>
    </message>
    <message>
        <source>the position cannot be negative</source>
        <translation>位置不可為負數</translation>
    </message>
    <message>
        <source>only a zh-Hant-HK promo has a separate Simplified text; clear it or set the language back to zh-Hant-HK</source>
        <translation>只有 zh-Hant-HK 推廣可另設簡體文字；請清除該文字或把語言改回 zh-Hant-HK</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PromoStore</name>
    <message>
        <source>there is no promo “%1”</source>
        <translation>沒有推廣「%1」</translation>
    </message>
    <message>
        <source>a promo with id “%1” already exists</source>
        <translation>編號為「%1」的推廣已存在</translation>
    </message>
    <message>
        <source>someone changed this promo (now version %1) after you opened it</source>
        <translation>你開啟此推廣後，有人更改了它（現為第 %1 版）</translation>
    </message>
    <message>
        <source>promo “%1” no longer exists</source>
        <translation>推廣「%1」已不存在</translation>
    </message>
    <message>
        <source>the promo is already in that slot</source>
        <translation>推廣已在該版位</translation>
    </message>
    <message>
        <source>someone moved promo “%1” to slot “%2” in the meantime</source>
        <translation>推廣「%1」剛被其他人移到版位「%2」</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PublishChecks</name>
    <message>
        <source>a link has no address</source>
        <translation>有連結沒有網址</translation>
    </message>
    <message>
        <source>the link “%1”: %2</source>
        <translation>連結「%1」：%2</translation>
    </message>
    <message>
        <source>the link “%1” is not a web address (http, https or mailto)</source>
        <translation>連結「%1」不是網址（http、https 或 mailto）</translation>
    </message>
    <message>
        <source>the link “%1” is not a valid web address</source>
        <translation>連結「%1」不是有效的網址</translation>
    </message>
    <message>
        <source>There is no headline.</source>
        <translation>未有標題。</translation>
    </message>
    <message>
        <source>The headline is %1 columns wide; the front page&apos;s lead shows about %2 (two lines on a phone).</source>
        <translation>標題闊 %1 欄；首頁頭條約可顯示 %2 欄（手機上兩行）。</translation>
    </message>
    <message>
        <source>The headline fits the front page&apos;s lead (%1 of %2 columns).</source>
        <translation>標題可放入首頁頭條（%1 / %2 欄）。</translation>
    </message>
    <message>
        <source>No section is chosen: the story would be on no section page.</source>
        <translation>未選欄目：文章不會出現在任何欄目頁。</translation>
    </message>
    <message>
        <source>A section is chosen.</source>
        <translation>已選欄目。</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>內文是空的。</translation>
    </message>
    <message numerus="yes">
        <source>The body has only %n word(s); a story needs at least %1.</source>
        <translation>
            <numerusform>內文只有 %n 字；一篇報道最少要有 %1 字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body is short: %n word(s).</source>
        <translation>
            <numerusform>內文偏短：%n 字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body has %n word(s).</source>
        <translation>
            <numerusform>內文共 %n 字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo %1 has no picture yet: attach one or remove the photo.</source>
        <translation>相片 %1 尚未有圖片：請附上圖片或移除該相片。</translation>
    </message>
    <message numerus="yes">
        <source>Every photo has its picture (%n).</source>
        <translation>
            <numerusform>每張相片都已有圖片（%n 張）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The embargo lasts until %1, after the scheduled time: schedule it for then or later.</source>
        <translation>禁發至 %1，遲於排程時間：請排程於該時間或之後。</translation>
    </message>
    <message>
        <source>The embargo lasts until %1: schedule the story for then instead of publishing now.</source>
        <translation>禁發至 %1：請把文章排程於該時間，不要立即發佈。</translation>
    </message>
    <message>
        <source>In the body, %1.</source>
        <translation>內文中，%1。</translation>
    </message>
    <message numerus="yes">
        <source>Every link is a web address readers can follow (%n).</source>
        <translation>
            <numerusform>每條連結都是讀者可開啟的網址（%n 條）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no byline: readers will not see who wrote it.</source>
        <translation>未有署名：讀者不會知道作者是誰。</translation>
    </message>
    <message>
        <source>The byline is set.</source>
        <translation>已有署名。</translation>
    </message>
    <message>
        <source>There is no standfirst: cards and search results will show the first paragraph.</source>
        <translation>未有導語：卡片及搜尋結果會顯示第一段。</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s) are still open in the lint panel.</source>
        <translation>
            <numerusform>排版檢查面板仍有 %n 項問題未處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No typography findings are open.</source>
        <translation>沒有未處理的排版問題。</translation>
    </message>
    <message>
        <source>The original (%1) was changed at %2, after this translation was last saved: check that the translation still says the same.</source>
        <translation>原文（%1）於 %2 修改，晚於此譯文最後儲存的時間：請檢查譯文是否仍然一致。</translation>
    </message>
    <message>
        <source>The translation is newer than the last change to its original.</source>
        <translation>譯文比原文最後一次修改更新。</translation>
    </message>
    <message>
        <source>The original (%1) changed %2 since this translation was last brought up to date: check that the translation still says the same (Translation ▸ Changes in the Original…).</source>
        <translation>自譯文上次更新以來，原文（%1）已修改%2：請確認譯文內容仍然一致（翻譯 ▸ 原文的修改…）。</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>The translation is up to date with its original.</source>
        <translation>譯文與原文一致。</translation>
    </message>
    <message>
        <source>In the original link, %1.</source>
        <translation>原文連結中，%1。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::RecoveryStore</name>
    <message>
        <source>an article needs an id before it can be kept for recovery</source>
        <translation>文章須有編號才可保留作復原之用</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>無法建立復原資料夾 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>無法移除 %1：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Rules</name>
    <message>
        <source>holds an invisible or direction-changing character (%1) that can disguise what it says; type it again without it</source>
        <translation>含有看不見或改變文字方向的字元（%1），可能掩飾其真正內容；請不用該字元重新輸入</translation>
    </message>
</context>
<context>
    <name>PortalDesk::SearchIndex</name>
    <message>
        <source>reindexing was cancelled</source>
        <translation>重建索引已取消</translation>
    </message>
</context>
<context>
    <name>PortalDesk::SearchRank</name>
    <message>
        <source>could not rank the matches</source>
        <translation>無法為搜尋結果排序</translation>
    </message>
    <message>
        <source>search ranking needs an SQLite connection</source>
        <translation>搜尋排序需要 SQLite 連線</translation>
    </message>
    <message>
        <source>search ranking needs an open connection</source>
        <translation>搜尋排序需要已開啟的連線</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>此 SQLite 不支援全文搜尋（FTS5）</translation>
    </message>
    <message>
        <source>could not install the search ranking</source>
        <translation>無法安裝搜尋排序</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ServerAddress</name>
    <message>
        <source>“%1” is not a server address like postgresql://user@host:5432/portal</source>
        <translation>「%1」不是伺服器位址，格式應如 postgresql://user@host:5432/portal</translation>
    </message>
    <message>
        <source>the database name in “%1” may not contain &apos;/&apos;</source>
        <translation>「%1」中的資料庫名稱不可包含「/」</translation>
    </message>
    <message>
        <source>“%1” is not a connection setting PortalDesk knows (use one of: %2)</source>
        <translation>PortalDesk 不認識連線設定「%1」（可用：%2）</translation>
    </message>
    <message>
        <source>the setting %1 may not contain &apos;;&apos;</source>
        <translation>設定 %1 不可包含「;」</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>預設伺服器</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>你的登入名稱</translation>
    </message>
    <message>
        <source>the newsroom server at %1 refused the login %2: check the password (kept in the keychain or ~/.pgpass) and the login name</source>
        <translation>位於 %1 的編輯部伺服器拒絕登入名稱 %2：請檢查密碼（存於鑰匙圈或 ~/.pgpass）及登入名稱</translation>
    </message>
    <message>
        <source>there is no database “%1” on the newsroom server at %2: check the name, or ask whoever runs the server to create it (README, “Newsroom server”)</source>
        <translation>位於 %2 的編輯部伺服器沒有資料庫「%1」：請檢查名稱，或請伺服器管理人建立（見 README「Newsroom server」）</translation>
    </message>
    <message>
        <source>the newsroom server at %1 has no login %2: ask the chief editor to add you</source>
        <translation>位於 %1 的編輯部伺服器沒有登入名稱 %2：請總編輯為你加入</translation>
    </message>
    <message>
        <source>the address asks for an encrypted connection (sslmode=%1) but the server at %2 does not offer TLS: ask whoever runs it to turn TLS on, or use sslmode=prefer</source>
        <translation>位址要求加密連線（sslmode=%1），但位於 %2 的伺服器不提供 TLS：請伺服器管理人啟用 TLS，或改用 sslmode=prefer</translation>
    </message>
    <message>
        <source>the newsroom server at %1 only accepts encrypted connections: add ?sslmode=verify-full (with sslrootcert=the CA file) or ?sslmode=require to the address</source>
        <translation>位於 %1 的編輯部伺服器只接受加密連線：請在位址加上 ?sslmode=verify-full（連同 sslrootcert=CA 檔案）或 ?sslmode=require</translation>
    </message>
    <message>
        <source>the certificate of the server at %1 is for another name: connect with the name the certificate was made for, or ask for a certificate that names this host</source>
        <translation>位於 %1 的伺服器憑證屬於另一個名稱：請用憑證上的名稱連線，或索取載有此主機名稱的憑證</translation>
    </message>
    <message>
        <source>the certificate of the server at %1 could not be checked against the CA file (%2): pick the newsroom&apos;s CA file as sslrootcert</source>
        <translation>無法以 CA 檔案（%2）核實位於 %1 的伺服器憑證：請以編輯部的 CA 檔案作為 sslrootcert</translation>
    </message>
    <message>
        <source>the login %1 is not allowed to do this on the newsroom server at %2: ask the chief editor for the rights it needs</source>
        <translation>登入名稱 %1 無權在位於 %2 的編輯部伺服器執行此操作：請向總編輯申請所需權限</translation>
    </message>
    <message>
        <source>the newsroom server at %1 did not answer in time: check the network and the address, then try again</source>
        <translation>位於 %1 的編輯部伺服器未能及時回應：請檢查網絡及位址，然後再試</translation>
    </message>
    <message>
        <source>the server name “%1” is not known: check the address</source>
        <translation>找不到伺服器名稱「%1」：請檢查位址</translation>
    </message>
    <message>
        <source>cannot reach the newsroom server at %1: is it running, and is the address right?</source>
        <translation>無法連接位於 %1 的編輯部伺服器：伺服器是否正在運行？位址是否正確？</translation>
    </message>
    <message>
        <source>cannot connect to the newsroom server at %1</source>
        <translation>無法連線至位於 %1 的編輯部伺服器</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>伺服器回應：%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Text</name>
    <message>
        <source>cannot load OpenCC character tables: %1</source>
        <translation>無法載入 OpenCC 字表：%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1</source>
        <translation>位元組位置 %1 的 UTF-8 編碼無效</translation>
    </message>
    <message>
        <source>cannot load OpenCC configuration %1: %2</source>
        <translation>無法載入 OpenCC 設定 %1：%2</translation>
    </message>
    <message>
        <source>cannot load OpenCC configuration %1</source>
        <translation>無法載入 OpenCC 設定 %1</translation>
    </message>
    <message>
        <source>only Chinese text can be converted between scripts</source>
        <translation>只有中文文字可以轉換繁簡</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Theme</name>
    <message>
        <source>the theme folder %1 does not exist</source>
        <translation>主題資料夾 %1 不存在</translation>
    </message>
    <message>
        <source>the theme %1 has no template %2</source>
        <translation>主題 %1 沒有範本 %2</translation>
    </message>
    <message>
        <source>the theme template %1.mustache is broken: %2</source>
        <translation>主題範本 %1.mustache 有錯誤：%2</translation>
    </message>
    <message>
        <source>rendering %1.mustache failed: %2</source>
        <translation>轉譯 %1.mustache 失敗：%2</translation>
    </message>
    <message>
        <source>rendering layout.mustache failed: %1</source>
        <translation>轉譯 layout.mustache 失敗：%1</translation>
    </message>
    <message>
        <source>the theme&apos;s layout.mustache has no &lt;head&gt; element</source>
        <translation>主題的 layout.mustache 沒有 &lt;head&gt; 元素</translation>
    </message>
    <message>
        <source>the portal&apos;s logo is not a picture PortalDesk can read</source>
        <translation>網站標誌不是 PortalDesk 能讀取的圖片</translation>
    </message>
    <message>
        <source>the portal&apos;s logo %1: %2; choose another in Settings</source>
        <translation>網站標誌 %1：%2；請在「設定」另選一個</translation>
    </message>
</context>
<context>
    <name>PortalDesk::TranslationPairs</name>
    <message>
        <source>there is no article “%1”; it may have been deleted</source>
        <translation>沒有文章「%1」；可能已被刪除</translation>
    </message>
    <message>
        <source>an article cannot be its own translation</source>
        <translation>文章不能是自己的譯文</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both in %3; a translation is in another language</source>
        <translation>「%1」和「%2」都是%3；譯文須為另一種語言</translation>
    </message>
    <message>
        <source>“%1” is already paired with “%2”; unlink it first</source>
        <translation>「%1」已與「%2」配對；請先解除配對</translation>
    </message>
    <message>
        <source>paired with its %1 translation “%2”</source>
        <translation>與其%1譯文「%2」配對</translation>
    </message>
    <message>
        <source>paired as the %1 translation of “%2”</source>
        <translation>配對為「%2」的%1譯文</translation>
    </message>
    <message>
        <source>“%1” is not paired with a translation</source>
        <translation>「%1」沒有配對譯文</translation>
    </message>
    <message>
        <source>unpaired from its translation</source>
        <translation>解除與譯文的配對</translation>
    </message>
    <message>
        <source>unpaired from “%1”</source>
        <translation>解除與「%1」的配對</translation>
    </message>
    <message>
        <source>this article is not recorded as a translation of another</source>
        <translation>這篇文章沒有記錄為另一篇的譯文</translation>
    </message>
    <message>
        <source>version %1 of the original is no longer in its history</source>
        <translation>原文的第 %1 版已不在修訂記錄中</translation>
    </message>
</context>
<context>
    <name>PortalDesk::TrashStore</name>
    <message>
        <source>the trash&apos;s copy of article “%1” is damaged: %2</source>
        <translation>垃圾桶內文章「%1」的副本已損壞：%2</translation>
    </message>
    <message>
        <source>article “%1” is not in the trash</source>
        <translation>文章「%1」不在垃圾桶內</translation>
    </message>
    <message>
        <source>%1 is editing article “%2” on %3; it can go to the trash once they close it</source>
        <translation>%1 正在 %3 編輯文章「%2」；對方關閉後才可移到垃圾桶</translation>
    </message>
    <message>
        <source>there is no article “%1”</source>
        <translation>沒有文章「%1」</translation>
    </message>
    <message>
        <source>“%1” cannot come back: another article now has its id %2</source>
        <translation>「%1」無法還原：另一篇文章現已使用其 ID %2</translation>
    </message>
    <message>
        <source>“%1” cannot come back as it was: %2</source>
        <translation>「%1」無法按原樣還原：%2</translation>
    </message>
    <message>
        <source>“%1” cannot come back into its translation pair: article %2 is its %3 version now</source>
        <translation>「%1」無法回到其翻譯配對：文章 %2 現在是其%3版本</translation>
    </message>
    <message>
        <source>“%1” cannot come back by your hand: its history holds versions saved by %2, which only a sub-editor or the chief editor may put back; ask one of them to restore it from the trash</source>
        <translation>「%1」無法由你還原：其歷史記錄有 %2 儲存的版本，只有副編輯或總編輯可放回；請他們從垃圾桶還原</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleDocument</name>
    <message>
        <source>Edit text</source>
        <translation>編輯文字</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>保留對方的版本</translation>
    </message>
    <message>
        <source>Merge versions</source>
        <translation>合併版本</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>還原版本</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleEditor</name>
    <message>
        <source>Translation</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>歷史…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>New article · not saved yet</source>
        <translation>新文章 · 尚未儲存</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source> (→ %1 when saved)</source>
        <translation>（儲存後 → %1）</translation>
    </message>
    <message>
        <source>Saved “%1” (version %2).</source>
        <translation>已儲存「%1」（第 %2 版）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>「%1」未儲存。</translation>
    </message>
    <message>
        <source>Your changes are still here and kept for recovery.</source>
        <translation>你的更改仍在，並已保留作復原之用。</translation>
    </message>
    <message>
        <source>Now showing their version %1; Undo brings yours back.</source>
        <translation>現正顯示對方的第 %1 版；按「復原」可取回你的版本。</translation>
    </message>
    <message>
        <source>Go back to the saved version of “%1”? Undo brings your edits back.</source>
        <translation>要回到「%1」已儲存的版本嗎？按「復原」可取回你的編輯。</translation>
    </message>
    <message>
        <source>This article has no history yet: it has never been saved.</source>
        <translation>此文章尚未有歷史記錄：它從未儲存。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>還原版本</translation>
    </message>
    <message>
        <source>Restoring replaces your unsaved edits. Save them first as a version of their own?</source>
        <translation>還原會取代你未儲存的編輯。要先把它們儲存為一個版本嗎？</translation>
    </message>
    <message>
        <source>Restored; saved as version %1.</source>
        <translation>已還原；儲存為第 %1 版。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
    <message>
        <source>Fix all typography</source>
        <translation>修正所有排版問題</translation>
    </message>
    <message>
        <source>Open %1: %2</source>
        <translation>開啟 %1：%2</translation>
    </message>
    <message>
        <source>Create Chinese Translation Draft</source>
        <translation>建立中文翻譯草稿</translation>
    </message>
    <message>
        <source>Create English Translation Draft</source>
        <translation>建立英文翻譯草稿</translation>
    </message>
    <message>
        <source>Link translation</source>
        <translation>連結翻譯</translation>
    </message>
    <message numerus="yes">
        <source>字數 %1 (%2 Chinese characters, %3 English words) · about %n min read</source>
        <translation>
            <numerusform>字數 %1（中文字 %2 個、英文字 %3 個）· 約需閱讀 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Typography OK</source>
        <translation>排版無誤</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s)</source>
        <translation>
            <numerusform>%n 項排版問題</numerusform>
        </translation>
    </message>
    <message>
        <source>New · not saved</source>
        <translation>新 · 未儲存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的更改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Simplified Edition (简)</source>
        <translation>簡體版 (简)</translation>
    </message>
    <message>
        <source>%1 saved version %2 first; their changes and yours are merged and saved as version %3.</source>
        <translation>%1 先儲存了第 %2 版；雙方的修改已合併，儲存為第 %3 版。</translation>
    </message>
    <message>
        <source>%1 saved version %2 of “%3”. Your unsaved changes stay; saving merges them with theirs.</source>
        <translation>%1 儲存了「%3」的第 %2 版。你未儲存的修改仍在；儲存時會與對方的版本合併。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未還原：%1</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>「%1」現為：%2。</translation>
    </message>
    <message>
        <source>Show Side by Side</source>
        <translation>並排顯示</translation>
    </message>
    <message>
        <source>Changes in the Original…</source>
        <translation>原文的修改…</translation>
    </message>
    <message>
        <source>Mark Up to Date</source>
        <translation>標記為已更新</translation>
    </message>
    <message>
        <source>Link to Existing Article…</source>
        <translation>連結現有文章…</translation>
    </message>
    <message>
        <source>Unlink Translation…</source>
        <translation>解除翻譯配對…</translation>
    </message>
    <message>
        <source>This story already has a version in %1: “%2”.</source>
        <translation>這則報道已有%1版本：「%2」。</translation>
    </message>
    <message>
        <source>Link Translation</source>
        <translation>連結譯文</translation>
    </message>
    <message>
        <source>Not linked: %1</source>
        <translation>未能連結：%1</translation>
    </message>
    <message>
        <source>Linked as a translation pair.</source>
        <translation>已連結為翻譯配對。</translation>
    </message>
    <message>
        <source>Unlink Translation</source>
        <translation>解除翻譯配對</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”? Both stay as they are; they are no longer one story in two languages, and the preview no longer links them.</source>
        <translation>解除「%1」與「%2」的配對？兩篇文章保持不變，但不再是同一則報道的兩種語言版本，預覽亦不再互相連結。</translation>
    </message>
    <message>
        <source>Not unlinked: %1</source>
        <translation>未能解除配對：%1</translation>
    </message>
    <message>
        <source>Unlinked from “%1”.</source>
        <translation>已解除與「%1」的配對。</translation>
    </message>
    <message>
        <source>This article has no translation partner to show beside it.</source>
        <translation>這篇文章沒有可並排顯示的翻譯配對。</translation>
    </message>
    <message>
        <source>what %1 sent is not a picture</source>
        <translation>%1 傳來的不是圖片</translation>
    </message>
    <message>
        <source>A picture is being fetched already: try again when it has arrived.</source>
        <translation>正在下載另一張圖片：請待其完成後再試。</translation>
    </message>
    <message>
        <source>There is no picture from another site there any more.</source>
        <translation>該處已沒有來自其他網站的圖片。</translation>
    </message>
    <message>
        <source>Fetching the picture from %1…</source>
        <translation>正在從 %1 下載圖片…</translation>
    </message>
    <message>
        <source>The picture from %1 was not attached: %2</source>
        <translation>來自 %1 的圖片未有加入：%2</translation>
    </message>
    <message>
        <source>The picture from %1 is photo %2 now; its markup changed meanwhile, so it stays in the text.</source>
        <translation>來自 %1 的圖片現為第 %2 張相片；其標記期間已被修改，因此仍留在正文中。</translation>
    </message>
    <message>
        <source>Attach picture as photo</source>
        <translation>把圖片加為相片</translation>
    </message>
    <message>
        <source>The picture from %1 is photo %2 now, and out of the text.</source>
        <translation>來自 %1 的圖片現為第 %2 張相片，並已從正文移除。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleFields</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>專欄</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引題</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>導語</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Original link</source>
        <translation>原文連結</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>鳴謝</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>網址代稱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>發佈時間</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>禁發至</translation>
    </message>
    <message>
        <source>Translation group</source>
        <translation>翻譯組</translation>
    </message>
    <message>
        <source>Simplified edition body</source>
        <translation>簡體版內文</translation>
    </message>
    <message>
        <source>Desk notes</source>
        <translation>編輯部備註</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleForm</name>
    <message>
        <source>Change language</source>
        <translation>更改語言</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（沒有欄目）</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>更改欄目</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>更改專欄</translation>
    </message>
    <message>
        <source>made from the headline when empty</source>
        <translation>留空時按標題產生</translation>
    </message>
    <message>
        <source>From Headline</source>
        <translation>按標題產生</translation>
    </message>
    <message>
        <source>Make slug</source>
        <translation>產生網址代稱</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation>欄目(&amp;C)</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>專欄(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>署名(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 本報記者 陳大文</source>
        <translation>例如：本報記者 陳大文</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>來源(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 美通社 / PR Newswire</source>
        <translation>例如：美通社 / PR Newswire</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>電頭(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. BEIJING</source>
        <translation>例如：北京</translation>
    </message>
    <message>
        <source>&amp;Publish time</source>
        <translation>發佈時間(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Embargo until</source>
        <translation>禁發至(&amp;E)</translation>
    </message>
    <message>
        <source>Original lin&amp;k</source>
        <translation>原文連結(&amp;K)</translation>
    </message>
    <message>
        <source>Cre&amp;dit</source>
        <translation>鳴謝(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. source: Xinhua Silk Road</source>
        <translation>例如：source: Xinhua Silk Road</translation>
    </message>
    <message>
        <source>Slu&amp;g</source>
        <translation>網址代稱(&amp;G)</translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation>設定時間</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>e.g. 與拍賣官看藝術</source>
        <translation>例如：與拍賣官看藝術</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>標題下的一兩句</translation>
    </message>
    <message>
        <source>&amp;Kicker</source>
        <translation>引題(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>標題(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;tandfirst</source>
        <translation>導語(&amp;T)</translation>
    </message>
    <message>
        <source>The wire put this story out at %1; it goes live here when you publish or schedule it.</source>
        <translation>通訊社於 %1 發出此稿；稿件要待你發佈或排程後才會上線。</translation>
    </message>
    <message>
        <source>Look twice: %1.</source>
        <translation>請再核對：%1。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleInfoBox</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>This article is no longer in the list.</source>
        <translation>此文章已不在列表中。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Section: %1
Language: %2
Status: %3
Updated: %4 by %5
Version: %6

Editing articles comes in a later version of PortalDesk.</source>
        <translation>欄目：%1
語言：%2
狀態：%3
更新：%4，由 %5
版本：%6

較新版本的 PortalDesk 才可編輯文章。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleListModel</name>
    <message>
        <source>%1 (%2), version %3</source>
        <translation>%1（%2），第 %3 版</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>%1 is editing since %2 (%3)</source>
        <translation>%1 自 %2 起正在編輯（%3）</translation>
    </message>
    <message>
        <source>%1 · 1 edit behind</source>
        <translation>%1 · 落後 1 次修改</translation>
    </message>
    <message>
        <source>%1 · %2 edits behind</source>
        <translation>%1 · 落後 %2 次修改</translation>
    </message>
    <message numerus="yes">
        <source>This translation is %n edit(s) behind its original; open it to see what changed.</source>
        <translation>
            <numerusform>這篇譯文落後原文 %n 次修改；開啟即可查看改動。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired with its version in %1</source>
        <translation>已與其%1版本配對</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配對</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleListView</name>
    <message>
        <source>Search headlines, kickers and bylines</source>
        <translation>搜尋標題、引題及署名</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Show articles in this status</source>
        <translation>顯示此狀態的文章</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有欄目</translation>
    </message>
    <message>
        <source>Show articles in this section</source>
        <translation>顯示此欄目的文章</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <source>Show articles in this language</source>
        <translation>顯示此語言的文章</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審閱中</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>開啟資料庫…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>新增資料庫…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>Open a portal database to see its articles, or create a new one to start from scratch.</source>
        <translation>開啟網站資料庫以查看其文章，或新增一個由零開始。</translation>
    </message>
    <message>
        <source>No articles match</source>
        <translation>沒有相符的文章</translation>
    </message>
    <message>
        <source>Try other words, or set the filters back to “All”.</source>
        <translation>請試用其他字詞，或把篩選設回「所有」。</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>尚未有文章</translation>
    </message>
    <message>
        <source>This database has no articles. Articles you write or import will show here.</source>
        <translation>此資料庫沒有文章。你撰寫或匯入的文章會在此顯示。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>複製 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation>顯示垃圾桶(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;All Articles</source>
        <translation>顯示所有文章(&amp;A)</translation>
    </message>
    <message>
        <source>Both versions of “%1”</source>
        <translation>「%1」的兩個版本</translation>
    </message>
    <message>
        <source>Show &amp;Both Versions</source>
        <translation>顯示兩個版本(&amp;B)</translation>
    </message>
    <message>
        <source>This article has no version in another language.</source>
        <translation>此文章沒有其他語言的版本。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticlePicker</name>
    <message>
        <source>Choose Article</source>
        <translation>選擇文章</translation>
    </message>
    <message>
        <source>Search headlines</source>
        <translation>搜尋標題</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleTrash</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>垃圾桶(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Trash (%1)…</source>
        <translation>垃圾桶 (%1)(&amp;T)…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <source>%1 stays where it is: %2. It can go to the trash once they close it.</source>
        <translation>%1 保持不變：%2。對方關閉後才可移到垃圾桶。</translation>
    </message>
    <message>
        <source>Take Off the Portal?</source>
        <translation>從網站撤下？</translation>
    </message>
    <message>
        <source>%1 is public or scheduled on the portal. In the trash it leaves the portal at the next export: its page and address go, with no redirect left behind. Restoring it from the trash brings it back as it was.

Move it to the trash?</source>
        <translation>%1 已在網站公開或已排程。移到垃圾桶後，下次匯出時會從網站撤下：其頁面及網址會消失，不會留下轉址。從垃圾桶還原可令它按原樣回來。

移到垃圾桶？</translation>
    </message>
    <message>
        <source>%1 is still open in its tab, so it stays.</source>
        <translation>%1 仍在分頁中開啟，因此保留。</translation>
    </message>
    <message>
        <source>%1 could not go to the trash: %2</source>
        <translation>%1 無法移到垃圾桶：%2</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>已將 %1 移到垃圾桶</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash</source>
        <translation>
            <numerusform>已將 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to Trash</source>
        <translation>將 %1 移到垃圾桶</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Article(s) to Trash</source>
        <translation>
            <numerusform>將 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash again</source>
        <translation>
            <numerusform>已再次將 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 from the trash</source>
        <translation>已從垃圾桶還原 %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) from the trash</source>
        <translation>
            <numerusform>已從垃圾桶還原 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently?</source>
        <translation>永久刪除？</translation>
    </message>
    <message>
        <source>Delete %1 for good, with its history? This cannot be undone.</source>
        <translation>永久刪除 %1 及其修訂記錄？此操作無法復原。</translation>
    </message>
    <message>
        <source>Deleted %1 for good</source>
        <translation>已永久刪除 %1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>清空垃圾桶？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their history? This cannot be undone.</source>
        <translation>
            <numerusform>永久刪除垃圾桶內的 %n 篇文章及其修訂記錄？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) from the trash for good</source>
        <translation>
            <numerusform>已從垃圾桶永久刪除 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::BodyEditor</name>
    <message>
        <source>Write the story in Markdown…</source>
        <translation>以 Markdown 撰寫內文…</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold</comment>
        <translation>粗</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>粗體文字</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic</comment>
        <translation>斜</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>斜體文字</translation>
    </message>
    <message>
        <source>H</source>
        <comment>heading</comment>
        <translation>題</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>小標題</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號列表</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>相片…</translation>
    </message>
    <message>
        <source>Insert a photo from a file</source>
        <translation>從檔案插入相片</translation>
    </message>
    <message>
        <source>→ 简</source>
        <translation>→ 简</translation>
    </message>
    <message>
        <source>Convert the selection (or the whole text) to Simplified Chinese</source>
        <translation>把所選文字（或全文）轉換為簡體中文</translation>
    </message>
    <message>
        <source>→ 繁</source>
        <translation>→ 繁</translation>
    </message>
    <message>
        <source>Convert the selection (or the whole text) to Traditional Chinese (Hong Kong)</source>
        <translation>把所選文字（或全文）轉換為繁體中文（香港）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <source>Link (https://…):</source>
        <translation>連結 (https://…)：</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>連結文字</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已取代 %n 處</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::CategoryCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>新增「%1」</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除「%1」</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重新命名「%1」</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::CategoryListModel</name>
    <message>
        <source>“%1” is already in the list</source>
        <translation>「%1」已在列表中</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Converted from the Traditional name. Type a name to use your own.</source>
        <translation>由繁體名稱轉換而來。輸入名稱即可改用你自訂的名稱。</translation>
    </message>
    <message>
        <source>Sort by Stroke Count</source>
        <translation>按筆劃排序</translation>
    </message>
    <message>
        <source>“%1” is no longer in the list</source>
        <translation>「%1」已不在清單中</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移動「%1」</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ConflictDialog</name>
    <message>
        <source>Someone Else Saved This Article</source>
        <translation>其他人已儲存此文章</translation>
    </message>
    <message>
        <source>Theirs (version %1, %2)</source>
        <translation>對方的（第 %1 版，%2）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing has been overwritten.</source>
        <translation>沒有內容被覆蓋。</translation>
    </message>
    <message>
        <source>Their changes to %1 are kept.</source>
        <translation>已保留對方對%1的修改。</translation>
    </message>
    <message>
        <source>Your changes to %1 are kept.</source>
        <translation>已保留你對%1的修改。</translation>
    </message>
    <message>
        <source>Body paragraphs only one of you changed are merged.</source>
        <translation>只有一方修改的內文段落已合併。</translation>
    </message>
    <message>
        <source>You both changed what is listed below; choose what to keep for each. Conflicts: %1.</source>
        <translation>以下內容雙方都改了，請逐項選擇保留哪個版本。衝突：%1 項。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Before (version %1)</source>
        <translation>修改前（第 %1 版）</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>對方（第 %1 版）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Body, paragraph %1</source>
        <translation>內文第 %1 段</translation>
    </message>
    <message>
        <source>Both (mine first)</source>
        <translation>兩者（我的在前）</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>%1：保留哪個版本</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>Save Merge</source>
        <translation>儲存合併</translation>
    </message>
    <message>
        <source>Discard My Edits</source>
        <translation>放棄我的修改</translation>
    </message>
    <message>
        <source>Show their version instead of mine (Undo brings mine back)</source>
        <translation>改為顯示對方的版本（還原可取回我的修改）</translation>
    </message>
    <message>
        <source>Save the merged article on top of their version</source>
        <translation>在對方版本之上儲存合併後的文章</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <translation>尚待選擇：%1 項</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ConnectDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>把密碼記在系統鑰匙圈(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation>連接編輯室伺服器</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新伺服器</translation>
    </message>
    <message>
        <source>e.g. db.newsroom.example</source>
        <translation>例如 db.newsroom.example</translation>
    </message>
    <message>
        <source>e.g. hkfinance</source>
        <translation>例如 hkfinance</translation>
    </message>
    <message>
        <source>your server login, e.g. chan.tai.man</source>
        <translation>你的伺服器登入名稱，例如 chan.tai.man</translation>
    </message>
    <message>
        <source>Verify the server (verify-full)</source>
        <translation>驗證伺服器（verify-full）</translation>
    </message>
    <message>
        <source>Verify the certificate authority only (verify-ca)</source>
        <translation>只驗證憑證機構（verify-ca）</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>加密，不驗證（require）</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>伺服器支援時加密（prefer）</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>不加密（disable）</translation>
    </message>
    <message>
        <source>the newsroom&apos;s CA certificate (.crt, .pem)</source>
        <translation>編輯室的 CA 憑證（.crt、.pem）</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>最近使用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 檔案(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>連接(&amp;N)</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation>密碼只存於系統鑰匙圈，絕不寫入檔案。</translation>
    </message>
    <message>
        <source>No system keychain (%1): PortalDesk asks for the password each time and never writes it to a file.</source>
        <translation>沒有系統鑰匙圈（%1）：PortalDesk 每次都會詢問密碼，絕不把它寫入檔案。</translation>
    </message>
    <message>
        <source>The Newsroom&apos;s CA Certificate</source>
        <translation>編輯室的 CA 憑證</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>憑證 (*.crt *.pem *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>請輸入伺服器的名稱或地址。</translation>
    </message>
    <message>
        <source>Give the portal&apos;s database name.</source>
        <translation>請輸入網站的資料庫名稱。</translation>
    </message>
    <message>
        <source>Give your server login.</source>
        <translation>請輸入你的伺服器登入名稱。</translation>
    </message>
    <message>
        <source>There is no CA file at %1.</source>
        <translation>%1 沒有 CA 檔案。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::DuplicateDialog</name>
    <message>
        <source>Already in the Portal</source>
        <translation>入口網站已有此稿</translation>
    </message>
    <message>
        <source>%1 matches an article that is already in the portal:
“%2”</source>
        <translation>%1 與入口網站已有的文章相符：
「%2」</translation>
    </message>
    <message>
        <source>Matched by: %1</source>
        <translation>相符之處：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>最後更新：%1</translation>
    </message>
    <message>
        <source>Last updated: %1 by %2</source>
        <translation>最後更新：%1，由 %2</translation>
    </message>
    <message>
        <source>Text: %1 % the same</source>
        <translation>文字：%1% 相同</translation>
    </message>
    <message>
        <source>Open the existing article, update it from this copy (a new version in its History), or import the copy as a second article?</source>
        <translation>要開啟現有文章、以這份稿件更新它（在其歷史記錄中新增一個版本），還是把稿件匯入為第二篇文章？</translation>
    </message>
    <message>
        <source>&amp;Open Existing</source>
        <translation>開啟現有文章(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Update Existing</source>
        <translation>更新現有文章(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation>仍然匯入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::EditFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::EditLockBar</name>
    <message>
        <source>&amp;Take Over</source>
        <translation>接手編輯(&amp;T)</translation>
    </message>
    <message>
        <source>Could not take over “%1”: %2</source>
        <translation>無法接手「%1」：%2</translation>
    </message>
    <message>
        <source>You took over “%1” from %2.</source>
        <translation>你已從 %2 接手「%1」。</translation>
    </message>
    <message>
        <source>%1 is editing since %2 (%3). You can read the article; it follows their saves.</source>
        <translation>%1 自 %2 起正在編輯（%3）。你可閱讀此文章，內容會隨對方儲存而更新。</translation>
    </message>
    <message>
        <source>%1 took over this article at %2 (%3). It is read-only for you now; your unsaved changes are kept as a recovery copy and stay here to copy from.</source>
        <translation>%1 於 %2 接手了此文章（%3）。你現在只可閱讀；你未儲存的修改已保留為復原副本，並留在此處供複製。</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>Colleagues cannot see that you are editing this article: %1</source>
        <translation>同事看不到你正在編輯此文章：%1</translation>
    </message>
    <message>
        <source>Edit this article yourself; the colleague&apos;s editor turns read-only and keeps their unsaved text as a recovery copy</source>
        <translation>由你編輯此文章；同事的編輯器會變為唯讀，並把其未儲存的文字保留為復原副本</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::EditorTabs</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>無法開啟文章：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>關閉前要儲存「%1」的更改嗎？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如不儲存，你的更改將會遺失。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>復原未儲存的更改</translation>
    </message>
    <message>
        <source>PortalDesk stopped before “%1” was saved.</source>
        <translation>PortalDesk 在「%1」儲存前停止了。</translation>
    </message>
    <message>
        <source>Your unsaved changes from %1 were kept. Restore them in a tab?</source>
        <translation>你在 %1 未儲存的更改已保留。要在分頁中還原嗎？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>新增文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Article</source>
        <translation>儲存文章(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Article…</source>
        <translation>還原文章(&amp;V)…</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>修訂歷史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>關閉文章(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>尋找及取代(&amp;R)…</translation>
    </message>
    <message>
        <source>Convert to &amp;Simplified</source>
        <translation>轉換為簡體(&amp;S)</translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional</source>
        <translation>轉換為繁體(&amp;T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are kept as a recovery copy; PortalDesk offers them back when it next starts.</source>
        <translation>你對「%1」未儲存的修改已保留為復原副本；PortalDesk 下次啟動時會提供還原。</translation>
    </message>
    <message>
        <source>New article (%1)</source>
        <translation>新增文章 (%1)</translation>
    </message>
    <message>
        <source>Open or create a database first (File menu)</source>
        <translation>請先開啟或建立資料庫（「檔案」選單）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ExportDialog</name>
    <message>
        <source>&amp;Folder</source>
        <translation>資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>Zip 檔(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ull: write every page again</source>
        <translation>完整(&amp;U)：重新寫入每一頁</translation>
    </message>
    <message>
        <source>&amp;Incremental: only pages whose content changed</source>
        <translation>增量(&amp;I)：只寫入內容有變的頁面</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>匯出網站套件</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>第 %v / %m 頁</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>網站套件的資料夾</translation>
    </message>
    <message>
        <source>portal.zip</source>
        <translation>portal.zip</translation>
    </message>
    <message>
        <source>The default theme</source>
        <translation>預設主題</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>匯出至：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>頁面：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>匯出至資料夾</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>匯出至 Zip 檔</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 壓縮檔 (*.zip)</translation>
    </message>
    <message>
        <source>Theme Folder</source>
        <translation>主題資料夾</translation>
    </message>
    <message>
        <source>Choose the zip file to write.</source>
        <translation>請選擇要寫入的 zip 檔。</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>請選擇匯出的資料夾。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the portal…</source>
        <translation>正在讀取網站…</translation>
    </message>
    <message>
        <source>Writing pages: %1 of %2</source>
        <translation>正在寫入頁面：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling… the previous bundle stays as it was.</source>
        <translation>正在取消… 之前的網站套件會維持原狀。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Exported to %1
%2 pages written, %3 unchanged, %4 removed; %5 in %6 s.</source>
        <translation>已匯出至 %1
寫入 %2 頁、%3 頁不變、移除 %4 頁；共 %5，用時 %6 秒。</translation>
    </message>
    <message>
        <source>Export cancelled. The previous bundle is unchanged.</source>
        <translation>匯出已取消。之前的網站套件維持不變。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>匯出失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n old address(es) of renamed pages redirect to the new ones.</source>
        <translation>
            <numerusform>%n 個已改名頁面的舊網址會轉至新網址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未有匯出：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::FeedPoller</name>
    <message>
        <source>give a feed&apos;s address or file</source>
        <translation>請提供訊息來源的網址或檔案</translation>
    </message>
    <message>
        <source>%1 is followed already</source>
        <translation>已在追蹤 %1</translation>
    </message>
    <message>
        <source>a poll is running; remove the feed after it</source>
        <translation>正在讀取訊息來源；請稍後再移除</translation>
    </message>
    <message>
        <source>open a portal first</source>
        <translation>請先開啟網站</translation>
    </message>
    <message>
        <source>%1: left alone, %2 is polling it now</source>
        <translation>%1：已略過，%2 正在讀取此訂閱源</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::LinkTranslationDialog</name>
    <message>
        <source>Link Translation</source>
        <translation>連結譯文</translation>
    </message>
    <message>
        <source>Pair “%1” with its version in %2:</source>
        <translation>將「%1」與其%2版本配對：</translation>
    </message>
    <message>
        <source>Search headlines and text</source>
        <translation>搜尋標題及內文</translation>
    </message>
    <message>
        <source>The chosen article is the &amp;original; this one is its translation</source>
        <translation>所選文章是原文(&amp;O)；這篇是其譯文</translation>
    </message>
    <message>
        <source>&amp;This article is the original; the chosen one is its translation</source>
        <translation>這篇文章是原文(&amp;T)；所選文章是其譯文</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>連結(&amp;L)</translation>
    </message>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>無法讀取文章：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（沒有標題）</translation>
    </message>
    <message>
        <source> · already paired with another story</source>
        <translation> · 已與另一則報道配對</translation>
    </message>
    <message>
        <source>There is no article in %1 yet.</source>
        <translation>尚未有%1文章。</translation>
    </message>
    <message>
        <source>No article in %1 matches “%2”.</source>
        <translation>沒有%1文章符合「%2」。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::LintPanel</name>
    <message>
        <source>Fix All</source>
        <translation>全部修正</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Line %1:%2</source>
        <translation>第 %1 行第 %2 字</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>沒有問題</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 項問題</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic fix: edit the text by hand.</source>
        <translation>無法自動修正：請手動修改文字。</translation>
    </message>
    <message>
        <source>Fix: remove the marked characters.</source>
        <translation>修正：刪除標示的字元。</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”.</source>
        <translation>修正：取代為「%1」。</translation>
    </message>
    <message>
        <source>Fix typography</source>
        <translation>修正排版</translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Attach as Photo</source>
        <translation>加為相片</translation>
    </message>
    <message>
        <source>Fetch the picture, add it to the article&apos;s photos with its description as caption, and take it out of the text</source>
        <translation>下載圖片，以其描述作圖片說明加入文章的相片，並從正文移除</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::MainWindow</name>
    <message>
        <source>PortalDesk %1
Git revision %2
Database schema version %3

A desktop editorial CMS for bilingual Hong Kong news portals.

Built with Qt %4.</source>
        <translation>PortalDesk %1
Git 修訂版本 %2
資料庫結構版本 %3

為香港雙語新聞網站而設的桌面編採系統。

以 Qt %4 建構。</translation>
    </message>
    <message>
        <source>PortalDesk portal files (*.portaldesk.json);;JSON files (*.json)</source>
        <translation>PortalDesk 網站檔案 (*.portaldesk.json);;JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Open Portal File</source>
        <translation>開啟網站檔案</translation>
    </message>
    <message>
        <source>Open &amp;Portal File…</source>
        <translation>開啟網站檔案(&amp;P)…</translation>
    </message>
    <message>
        <source>Could not read the articles: %1</source>
        <translation>無法讀取文章：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PortalDesk</source>
        <translation>關於 PortalDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Sections and &amp;Columns…</source>
        <translation>欄目及專欄(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Promos</source>
        <translation>推廣</translation>
    </message>
    <message>
        <source>P&amp;romos</source>
        <translation>推廣(&amp;R)</translation>
    </message>
    <message>
        <source>No Database Open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>Open or create a portal database first.</source>
        <translation>請先開啟或新增網站資料庫。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>PortalDesk could not open “%1”.</source>
        <translation>PortalDesk 無法開啟「%1」。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PortalDesk 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db)</source>
        <translation>PortalDesk 資料庫 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” already exists. Use Open Database… to open it.</source>
        <translation>「%1」已存在。請用「開啟資料庫…」開啟。</translation>
    </message>
    <message>
        <source>About PortalDesk</source>
        <translation>關於 PortalDesk</translation>
    </message>
    <message>
        <source>PortalDesk</source>
        <translation>PortalDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>%1 — PortalDesk</source>
        <translation>%1 — PortalDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>編輯工具列</translation>
    </message>
    <message>
        <source>&amp;Import Wire Copy…</source>
        <translation>匯入通訊稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Wire &amp;Feeds…</source>
        <translation>通訊社訂閱源(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made from wire feeds</source>
        <translation>
            <numerusform>已從通訊社訂閱源建立 %n 篇草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Newsroom &amp;Server…</source>
        <translation>連接編輯室伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身分連接 %1。</translation>
    </message>
    <message>
        <source>Back online: the newsroom server answers again.</source>
        <translation>已恢復連線：編輯室伺服器再次回應。</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting… (next try in %n s)</source>
        <translation>
            <numerusform>離線 — 正在重新連接…（%n 秒後再試）</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the newsroom server was lost. Open articles stay as they are and are kept in recovery copies; saving works again once PortalDesk is back online.</source>
        <translation>與編輯室伺服器的連線中斷了。已開啟的文章保持原狀，並保留為復原副本；PortalDesk 恢復連線後即可再儲存。</translation>
    </message>
    <message>
        <source>P&amp;ublish to Web Server…</source>
        <translation>發佈到網站伺服器(&amp;U)…</translation>
    </message>
    <message>
        <source>Export and put the portal live on its web server, or roll it back</source>
        <translation>匯出網站並在網站伺服器上線，或回復上一版</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::NotesField</name>
    <message>
        <source>Notes for the desk: readers never see them, on any page or feed</source>
        <translation>給編輯部的備註：讀者在任何網頁或訊息來源中都不會看到</translation>
    </message>
    <message>
        <source>For the desk, never published: a release&apos;s boilerplate and media contacts, a note to the sub-editor…</source>
        <translation>只供編輯部，永不發佈：新聞稿的公司簡介及傳媒聯絡、給副編輯的留言…</translation>
    </message>
    <message>
        <source>Desk notes (never published)</source>
        <translation>編輯部備註（不會發佈）</translation>
    </message>
    <message>
        <source>Desk notes (never published) · 1 line</source>
        <translation>編輯部備註（不會發佈）· 1 行</translation>
    </message>
    <message>
        <source>Desk notes (never published) · %1 lines</source>
        <translation>編輯部備註（不會發佈）· %1 行</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::OriginalChangesDialog</name>
    <message>
        <source>Changes in the Original</source>
        <translation>原文的修改</translation>
    </message>
    <message>
        <source>&amp;Mark Up to Date</source>
        <translation>標記為已更新(&amp;M)</translation>
    </message>
    <message>
        <source>Record that the translation now says what its original says</source>
        <translation>記錄譯文現已與原文內容一致</translation>
    </message>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>無法讀取修改：%1</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 次修改</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 次修改</translation>
    </message>
    <message>
        <source>“%1” (%2) since version %3, when the translation was last brought up to date (%4): %5.</source>
        <translation>「%1」（%2）自第 %3 版（譯文上次更新時，%4）以來：%5。</translation>
    </message>
    <message>
        <source>“%1” (%2) since version %3, when %4 last brought the translation up to date (%5): %6.</source>
        <translation>「%1」（%2）自第 %3 版（%4 上次更新譯文時，%5）以來：%6。</translation>
    </message>
    <message>
        <source>Not marked up to date: %1</source>
        <translation>未能標記為已更新：%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PartnerView</name>
    <message>
        <source>Partner&apos;s body, read-only</source>
        <translation>配對文章的內文（唯讀）</translation>
    </message>
    <message>
        <source>Close the side-by-side view</source>
        <translation>關閉並排顯示</translation>
    </message>
    <message>
        <source>The other version could not be read: %1</source>
        <translation>無法讀取另一版本：%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PasswordStore</name>
    <message>
        <source>this computer has no system keychain (such as GNOME Keyring) running</source>
        <translation>這部電腦沒有執行中的系統鑰匙圈（例如 GNOME Keyring）</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>系統鑰匙圈拒絕存取（%1）</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系統鑰匙圈沒有回應</translation>
    </message>
    <message>
        <source>the password was not remembered (%1); PortalDesk will ask for it next time</source>
        <translation>密碼沒有記住（%1）；PortalDesk 下次會再詢問</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PhotoDialog</name>
    <message>
        <source>Insert Photo</source>
        <translation>插入相片</translation>
    </message>
    <message>
        <source>“%1” is not a picture PortalDesk can read.</source>
        <translation>PortalDesk 無法讀取圖片「%1」。</translation>
    </message>
    <message>
        <source>What the photo shows, for readers</source>
        <translation>相片內容說明（供讀者閱讀）</translation>
    </message>
    <message>
        <source>e.g. 新華社 / Xinhua</source>
        <translation>例如：新華社 / Xinhua</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers</source>
        <translation>供螢幕閱讀器描述相片</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>圖片說明(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>鳴謝(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>替代文字(&amp;A)：</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PhotoList</name>
    <message>
        <source>Photos</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>加入…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Picture to be attached</source>
        <translation>相片待補上</translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation>插入相片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>插入相片</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除相片</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>附上相片…</translation>
    </message>
    <message>
        <source>Choose the picture for a caption that came without one</source>
        <translation>為未附相片的圖片說明選擇相片</translation>
    </message>
    <message>
        <source>This caption came without a picture. Use Attach Picture… or double-click to add it.</source>
        <translation>這段圖片說明沒有附上相片。請按「附上相片…」或按兩下補上。</translation>
    </message>
    <message>
        <source>Attach Picture</source>
        <translation>附上相片</translation>
    </message>
    <message>
        <source>Attach picture</source>
        <translation>附上相片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PortalFileImport</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>無法載入 %1：%2</translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation>從 %1 載入</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>“%1” already exists. A portal file is loaded into a new database only: choose another name.</source>
        <translation>「%1」已存在。網站檔案只會載入新的資料庫：請另選名稱。</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db)</source>
        <translation>PortalDesk 資料庫 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open Portal File</source>
        <translation>開啟網站檔案</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Open an article to see it as readers will.</source>
        <translation>開啟文章，即可看到讀者所見的版面。</translation>
    </message>
    <message>
        <source>Show the %1 edition</source>
        <translation>顯示%1版</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Show the page %1 pixels wide, as on a phone</source>
        <translation>以 %1 像素闊度顯示頁面，一如在手機上</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Front Page</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Links between portal pages work in the exported site; the preview stays on this page.</source>
        <translation>網站頁面之間的連結在匯出的網站內有效；預覽會停留在此頁。</translation>
    </message>
    <message>
        <source>Open a database to preview its pages.</source>
        <translation>開啟資料庫以預覽其頁面。</translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation>無法顯示預覽：%1</translation>
    </message>
    <message>
        <source>“%1” has no English version yet. Translation ▸ Create English Translation Draft starts one.</source>
        <translation>「%1」尚未有英文版。可用「翻譯 ▸ 建立英文翻譯草稿」開始翻譯。</translation>
    </message>
    <message>
        <source>“%1” has no Chinese version yet. Translation ▸ Create Chinese Translation Draft starts one.</source>
        <translation>「%1」尚未有中文版。可用「翻譯 ▸ 建立中文翻譯草稿」開始翻譯。</translation>
    </message>
    <message>
        <source>The preview cannot be shown: cannot write %1: %2</source>
        <translation>無法顯示預覽：無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoBoard</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>語文版</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>預覽：</translation>
    </message>
    <message>
        <source>%1 (%2, %3 too wide)</source>
        <translation>%1（%2 則，%3 則過長）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>⚠ This promo’s text takes %1 columns; %2 fits %3. Shorten it by %4 (a Chinese character counts 2).</source>
        <translation>⚠ 此推廣文字佔 %1 欄；「%2」只容納 %3 欄。請刪減 %4 欄（一個中文字算 2 欄）。</translation>
    </message>
    <message>
        <source>%1 as readers see it now in the %2 edition.</source>
        <translation>讀者現時在%2版看到的「%1」。</translation>
    </message>
    <message>
        <source>Nothing shows here now: the theme leaves the box out of the %1 edition.</source>
        <translation>此處現時沒有內容：%1版不會顯示這個方塊。</translation>
    </message>
    <message>
        <source>Add Promo</source>
        <translation>新增推廣</translation>
    </message>
    <message>
        <source>Duplicate Promo</source>
        <translation>複製推廣</translation>
    </message>
    <message>
        <source>Move to &amp;Slot</source>
        <translation>移至其他版位(&amp;S)</translation>
    </message>
    <message>
        <source>Move the promo to another slot (or drag it onto a slot on the left)</source>
        <translation>把推廣移至另一個版位（或把它拖到左邊的版位）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoCommands</name>
    <message>
        <source>Delete Promo</source>
        <translation>刪除推廣</translation>
    </message>
    <message>
        <source>Edit Promo</source>
        <translation>編輯推廣</translation>
    </message>
    <message>
        <source>Move Promo</source>
        <translation>移動推廣</translation>
    </message>
    <message>
        <source>Move Promo to %1</source>
        <translation>把推廣移至%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoDialog</name>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show this promo</source>
        <translation>顯示此推廣</translation>
    </message>
    <message>
        <source>New Promo</source>
        <translation>新增推廣</translation>
    </message>
    <message>
        <source>Edit Promo</source>
        <translation>編輯推廣</translation>
    </message>
    <message>
        <source>e.g. 與拍賣官看藝術 (shown in 【】)</source>
        <translation>例如：與拍賣官看藝術（以【】顯示）</translation>
    </message>
    <message>
        <source>The promo line readers see</source>
        <translation>讀者看到的推廣文字</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>版位：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>引題(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Call to action:</source>
        <translation>行動呼籲(&amp;C)：</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>連結(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>圖片(&amp;I)：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>排程：</translation>
    </message>
    <message>
        <source>Times are in the portal’s time zone, %1.</source>
        <translation>時間以網站時區 %1 為準。</translation>
    </message>
    <message>
        <source>https://… or choose an article</source>
        <translation>https://… 或選擇文章</translation>
    </message>
    <message>
        <source>Choose &amp;Article…</source>
        <translation>選擇文章(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>use an https:// address</source>
        <translation>請用 https:// 網址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>版位</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>選擇圖片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>圖片：%1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>沒有圖片</translation>
    </message>
    <message>
        <source>⚠ %1 columns: this slot fits %2. Shorten the text by %3 (a Chinese character counts 2).</source>
        <translation>⚠ 共 %1 欄：此版位只容納 %2 欄。請把文字刪減 %3 欄（一個中文字算 2 欄）。</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 / %2 欄</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>No article with this id</source>
        <translation>沒有此編號的文章</translation>
    </message>
    <message>
        <source>简 kicker:</source>
        <translation>简體引題：</translation>
    </message>
    <message>
        <source>简 te&amp;xt:</source>
        <translation>简體文字(&amp;X)：</translation>
    </message>
    <message>
        <source>简 call to action:</source>
        <translation>简體行動呼籲：</translation>
    </message>
    <message>
        <source>What the Simplified (简) edition shows instead of converting the Traditional text, e.g. written Chinese for Cantonese. Empty: converted.</source>
        <translation>简體版改為顯示的文字，不再由繁體自動轉換，例如以書面語代替粵語。留空：自動轉換。</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1，第 %2 欄：%3</translation>
    </message>
    <message>
        <source>简 texts</source>
        <translation>简體文字</translation>
    </message>
    <message>
        <source>Article Not Published</source>
        <translation>文章未發佈</translation>
    </message>
    <message>
        <source>“%1” is not published (%2).</source>
        <translation>「%1」未發佈（%2）。</translation>
    </message>
    <message>
        <source>The promo will not show on the portal until the article is published or scheduled. Link it anyway?</source>
        <translation>文章發佈或排程之前，推廣不會在入口網站顯示。仍然連結嗎？</translation>
    </message>
    <message>
        <source>&amp;Link Anyway</source>
        <translation>仍然連結(&amp;L)</translation>
    </message>
    <message>
        <source>Look twice: %1.</source>
        <translation>請再核對：%1。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoSlotModel</name>
    <message>
        <source>The promo is no longer in this slot.</source>
        <translation>此推廣已不在這個版位。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The text takes %1 columns; this slot fits %2. Shorten it.</source>
        <translation>文字佔 %1 欄；此版位只容納 %2 欄。請刪減。</translation>
    </message>
    <message>
        <source>The text takes %1 of the %2 columns this slot fits.</source>
        <translation>文字佔此版位 %2 欄中的 %1 欄。</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>推廣</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>闊度</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>由 %1 起</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>長期</translation>
    </message>
    <message>
        <source>Off (%1)</source>
        <translation>停用（%1）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoSlots</name>
    <message>
        <source>Header · products</source>
        <translation>頁頭 · 產品</translation>
    </message>
    <message>
        <source>Sidebar · feature</source>
        <translation>側欄 · 專題</translation>
    </message>
    <message>
        <source>Sidebar · campaign</source>
        <translation>側欄 · 活動</translation>
    </message>
    <message>
        <source>Sidebar · newsletter</source>
        <translation>側欄 · 電子報</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PublishCheckDialog</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Before Scheduling</source>
        <translation>排程前檢查</translation>
    </message>
    <message>
        <source>Before Publishing</source>
        <translation>發佈前檢查</translation>
    </message>
    <message>
        <source>Schedule “%1” to go live at %2?</source>
        <translation>要把「%1」排程於 %2 上線嗎？</translation>
    </message>
    <message>
        <source>Publish “%1” on the portal now?</source>
        <translation>要立即在入口網站發佈「%1」嗎？</translation>
    </message>
    <message>
        <source>Fix what is marked as an error first; nothing has been changed.</source>
        <translation>請先修正標示為錯誤的項目；目前未有任何改動。</translation>
    </message>
    <message>
        <source>Look at the warnings before you go on.</source>
        <translation>繼續之前請先查看警告。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有檢查均已通過。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通過：%1</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>前往欄位(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Schedule Anyway</source>
        <translation>仍然排程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>仍然發佈(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>排程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>發佈(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>發佈(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>回復上一版(&amp;R)…</translation>
    </message>
    <message>
        <source>Publish to Web Server</source>
        <translation>發佈到網站伺服器</translation>
    </message>
    <message>
        <source>e.g. live</source>
        <translation>例如 live</translation>
    </message>
    <message>
        <source>Saved with the portal under this name, for everyone who publishes it.</source>
        <translation>以此名稱與網站一併儲存，供所有發佈此網站的人使用。</translation>
    </message>
    <message>
        <source>deploy@web1:/srv/www/news or a folder</source>
        <translation>deploy@web1:/srv/www/news 或資料夾</translation>
    </message>
    <message>
        <source>A folder (a mounted web root) or an SSH address: user@host:/folder or ssh://user@host:port/folder. SSH keys come from your agent; nothing asks for a password. Point the web server at the folder&apos;s “current”.</source>
        <translation>資料夾（已掛載的網站根目錄）或 SSH 位址：user@host:/folder 或 ssh://user@host:port/folder。SSH 金鑰來自你的 agent，不會要求輸入密碼。請把網站伺服器指向該資料夾的「current」。</translation>
    </message>
    <message>
        <source> releases</source>
        <translation> 個版本</translation>
    </message>
    <message>
        <source>Older releases are removed; the live one always stays, so you can roll back.</source>
        <translation>較舊的版本會被移除；上線中的版本一定保留，以便回復。</translation>
    </message>
    <message>
        <source>&amp;Saved targets:</source>
        <translation>已儲存的目標(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>The portal&apos;s settings could not be read: %1</source>
        <translation>無法讀取網站設定：%1</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>新目標…</translation>
    </message>
    <message>
        <source>The target was not saved: %1</source>
        <translation>目標未有儲存：%1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Exporting the portal…</source>
        <translation>正在匯出網站…</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回復上一版</translation>
    </message>
    <message>
        <source>Put the release before the live one back on %1? Readers see the earlier pages at once.</source>
        <translation>要在 %1 換回上線版本之前的一版嗎？讀者會即時看到較早的頁面。</translation>
    </message>
    <message>
        <source>Switching back…</source>
        <translation>正在換回…</translation>
    </message>
    <message>
        <source>%p% sent</source>
        <translation>已傳送 %p%</translation>
    </message>
    <message>
        <source>Sending the changed files to %1…</source>
        <translation>正在把有改動的檔案傳送到 %1…</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v / %m 頁</translation>
    </message>
    <message>
        <source>Cancelling… the live site stays as it was.</source>
        <translation>正在取消…上線中的網站維持不變。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Rolled back on %1: release %2 is live again (was %3).</source>
        <translation>已在 %1 回復：版本 %2 重新上線（之前為 %3）。</translation>
    </message>
    <message>
        <source>Published to %1: release %2 is live.</source>
        <translation>已發佈到 %1：版本 %2 已上線。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) sent (%1); the rest linked from the release before.</source>
        <translation>
            <numerusform>已傳送 %n 個有改動的檔案（%1）；其餘沿用上一版。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未有發佈：%1</translation>
    </message>
    <message>
        <source>Publishing cancelled. The live site is unchanged.</source>
        <translation>已取消發佈。上線中的網站維持不變。</translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation>回復失敗：%1</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>發佈失敗：%1</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>上次：%1 — %2</translation>
    </message>
    <message>
        <source>Switching back… it cannot be stopped halfway; the window closes when it is done.</source>
        <translation>正在換回…換回不能中途停止；完成後視窗會自動關閉。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::RevisionDialog</name>
    <message>
        <source>Revision History</source>
        <translation>修訂歷史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>還原此版本</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>無法讀取歷史記錄：%1</translation>
    </message>
    <message>
        <source>Show &amp;changes</source>
        <translation>顯示修改(&amp;C)</translation>
    </message>
    <message>
        <source>Mark what the selected version changed since the one before it; select two versions (Ctrl+click) to compare them</source>
        <translation>標示所選版本相對上一版本的修改；選取兩個版本（Ctrl+按一下）可互相比較</translation>
    </message>
    <message>
        <source>version %1 (%2, %3)</source>
        <translation>第 %1 版（%2，%3）</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>由%1至%2的修改</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::SectionsDialog</name>
    <message>
        <source>New Section</source>
        <translation>新增欄目</translation>
    </message>
    <message>
        <source>New Column</source>
        <translation>新增專欄</translation>
    </message>
    <message>
        <source>e.g. markets</source>
        <translation>例如：markets</translation>
    </message>
    <message>
        <source>e.g. currency-guide</source>
        <translation>例如：currency-guide</translation>
    </message>
    <message>
        <source>&amp;Key (in addresses):</source>
        <translation>代碼(&amp;K)（用於網址）：</translation>
    </message>
    <message>
        <source>&amp;Traditional Chinese:</source>
        <translation>繁體中文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Simplified Chinese:</source>
        <translation>簡體中文(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>Sections and Columns</source>
        <translation>欄目及專欄</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>欄目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>專欄(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>新增欄目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Column…</source>
        <translation>新增專欄(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Sort by S&amp;troke Count</source>
        <translation>按筆畫排序(&amp;T)</translation>
    </message>
    <message>
        <source>Orders the list by the Traditional Chinese names, fewest strokes first (the order of Hong Kong indexes).</source>
        <translation>按繁體中文名稱排序，筆畫少者先（香港索引常用的次序）。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove “%1” (%2)? Pages for it disappear from the next export.</source>
        <translation>要移除「%1」（%2）嗎？下次匯出時，其頁面將會消失。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Drag rows to change the order readers see. Double-click a name to edit it. Changes are saved at once; Undo takes them back.</source>
        <translation>拖動各行以更改讀者看到的次序。雙擊名稱即可編輯。更改會即時儲存；按「復原」可還原。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>開啟其他(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>House Style and Interface</source>
        <translation>編採守則及介面</translation>
    </message>
    <message>
        <source>No space between Chinese and Latin (香港HKEX 2023年)</source>
        <translation>中文與拉丁字母之間不留空格（香港HKEX 2023年）</translation>
    </message>
    <message>
        <source>A space between Chinese and Latin (香港 HKEX 2023 年)</source>
        <translation>中文與拉丁字母之間留空格（香港 HKEX 2023 年）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time PortalDesk starts.</source>
        <translation>新的介面語言會在下次啟動 PortalDesk 時生效。</translation>
    </message>
    <message>
        <source>CJK–Latin &amp;spacing:</source>
        <translation>中英文間距(&amp;S)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional):</source>
        <translation>名稱（繁體）(&amp;T)：</translation>
    </message>
    <message>
        <source>Name (S&amp;implified):</source>
        <translation>名稱（簡體）(&amp;I)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>網站網址(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>時區(&amp;T)：</translation>
    </message>
    <message>
        <source>Default e&amp;dition:</source>
        <translation>預設語文版(&amp;D)：</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未開啟資料庫</translation>
    </message>
    <message>
        <source>The default theme</source>
        <translation>預設主題</translation>
    </message>
    <message>
        <source>A folder of Mustache templates and CSS, copied from the default theme and changed. The live preview and the export use it.</source>
        <translation>一個載有 Mustache 範本和 CSS 的資料夾，由預設主題複製後修改而成。即時預覽和匯出都會使用它。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <source>Theme Folder</source>
        <translation>主題資料夾</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>你的名稱(&amp;Y)：</translation>
    </message>
    <message>
        <source>Shown in History and as “Updated by” for your saves to a portal file</source>
        <translation>在修訂記錄及「更新者」中顯示，用於你對網站檔案的儲存</translation>
    </message>
    <message>
        <source>On a newsroom server your saves carry the login you connected as</source>
        <translation>在編輯部伺服器上，你的儲存會記錄你連線所用的登入名稱</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Use the &amp;Theme&apos;s</source>
        <translation>使用主題的(&amp;T)</translation>
    </message>
    <message>
        <source>The site&apos;s favicon, phone home-screen icon and the publisher logo search engines show are made from it. Square pictures work best.</source>
        <translation>網站的 favicon、手機主畫面圖示及搜尋引擎顯示的發佈者標誌都由它製作。正方形圖片效果最好。</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>標誌(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose the Portal&apos;s Logo</source>
        <translation>選擇網站標誌</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.svg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.webp *.gif *.svg)</translation>
    </message>
    <message>
        <source>The portal&apos;s own</source>
        <translation>網站自己的</translation>
    </message>
    <message>
        <source>The theme&apos;s</source>
        <translation>主題的</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1，%2 × %3 像素</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::SimplifiedBody</name>
    <message>
        <source>Use Conversion</source>
        <translation>改用自動轉換</translation>
    </message>
    <message>
        <source>Empty: the Simplified edition converts the body above phrase by phrase (e.g. 頭髮 → 头发).</source>
        <translation>留空：簡體版會把上面的內文逐詞轉換（例如 頭髮 → 头发）。</translation>
    </message>
    <message>
        <source>Fill from Conversion</source>
        <translation>以轉換結果填入</translation>
    </message>
    <message>
        <source>Start from the converter&apos;s Simplified text of the body</source>
        <translation>以轉換器產生的簡體內文為起點</translation>
    </message>
    <message>
        <source>Empty this text, so the Simplified edition follows the body again</source>
        <translation>清空這段文字，讓簡體版再次跟隨內文</translation>
    </message>
    <message>
        <source>Fill Simplified edition</source>
        <translation>填入簡體版</translation>
    </message>
    <message>
        <source>The Simplified edition now has its own text; edit it as the Mainland desk needs.</source>
        <translation>簡體版現有自己的文字；可按內地編輯台的需要修改。</translation>
    </message>
    <message>
        <source>Use conversion for Simplified edition</source>
        <translation>簡體版改用自動轉換</translation>
    </message>
    <message>
        <source>The Simplified (简) edition shows this text instead of converting the body.</source>
        <translation>簡體 (简) 版會顯示這段文字，而不轉換內文。</translation>
    </message>
    <message>
        <source>The Simplified (简) edition converts the body automatically.</source>
        <translation>簡體 (简) 版會自動轉換內文。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::TranslationBar</name>
    <message>
        <source>Show &amp;Changes…</source>
        <translation>顯示修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Mark Up to Date</source>
        <translation>標記為已更新(&amp;M)</translation>
    </message>
    <message>
        <source>What changed in the original since this translation was last brought up to date</source>
        <translation>自譯文上次更新以來原文的改動</translation>
    </message>
    <message>
        <source>Record that this translation now says what its original says</source>
        <translation>記錄這篇譯文現已與原文內容一致</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 次修改</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 次修改</translation>
    </message>
    <message>
        <source>This translation is behind its original by %1: “%2” changed after the translation was last brought up to date (%3).</source>
        <translation>這篇譯文落後原文 %1：「%2」在譯文上次更新（%3）後有所修改。</translation>
    </message>
    <message>
        <source>This translation is behind its original by %1: “%2” changed after %3 last brought the translation up to date (%4).</source>
        <translation>這篇譯文落後原文 %1：「%2」在 %3 上次更新譯文（%4）後有所修改。</translation>
    </message>
    <message>
        <source>Not marked up to date: %1</source>
        <translation>未能標記為已更新：%1</translation>
    </message>
    <message>
        <source>Marked up to date with “%1”.</source>
        <translation>已標記為與「%1」一致。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <source>Articles in the trash are in no list, search or export. Restore one to put it back as it was, with its history.</source>
        <translation>垃圾桶內的文章不會出現在任何列表、搜尋或匯出中。還原後會按原樣連同修訂記錄放回。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>移除者</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>移除時間</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>永久刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空垃圾桶(&amp;E)…</translation>
    </message>
    <message>
        <source>Could not read the trash: %1</source>
        <translation>無法讀取垃圾桶：%1</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>垃圾桶 (%1)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WireCopyImport</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…還有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Open or create a portal database first.</source>
        <translation>請先開啟或新增網站資料庫。</translation>
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation>匯入通訊稿</translation>
    </message>
    <message>
        <source>Wire copy (*.txt);;All files (*)</source>
        <translation>通訊稿 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>pasted copy</source>
        <translation>貼上的稿件</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>沒有匯入任何稿件。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft(s) from wire copy:</source>
        <translation>
            <numerusform>已從通訊稿建立 %n 份草稿：</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>匯入已停止：%1</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>請檢查：</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已略去：</translation>
    </message>
    <message numerus="yes">
        <source>The company boilerplate and media contacts of %n release(s) were kept out of the body (see Details).</source>
        <translation>
            <numerusform>%n 篇稿件的公司簡介及傳媒聯絡資料已從正文移出（見詳細資料）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of portal menus, promos and wire end marks were left out (see Details).</source>
        <translation>
            <numerusform>已略去 %n 行網站選單、推廣及通訊社結束標記（見詳細資料）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept out of the body:</source>
        <translation>已從正文移出：</translation>
    </message>
    <message>
        <source>Not updated:</source>
        <translation>未有更新：</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n existing article(s) from wire copy:</source>
        <translation>
            <numerusform>已由通訊社稿件更新 %n 篇現有文章：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WireFeedsDialog</name>
    <message>
        <source>&amp;Add Feed</source>
        <translation>加入訂閱源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>立即更新(&amp;P)</translation>
    </message>
    <message>
        <source>Wire Feeds</source>
        <translation>通訊社訂閱源</translation>
    </message>
    <message>
        <source>https://… an RSS or Atom feed, or a file</source>
        <translation>https://… RSS 或 Atom 訂閱源，或檔案</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Feeds this portal follows:</source>
        <translation>本網站跟進的訂閱源：</translation>
    </message>
    <message>
        <source>What the selected feed gave (newest first):</source>
        <translation>所選訂閱源的紀錄（最新在前）：</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>略過：%1</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n feed(s)…</source>
        <translation>
            <numerusform>正在更新 %n 個訂閱源…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new draft(s)</source>
        <translation>
            <numerusform>%n 篇新草稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>略過 %n 個項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when I press Poll Now</source>
        <translation>只在按「立即讀取」時</translation>
    </message>
    <message>
        <source>Every %1 minutes while the portal is open</source>
        <translation>網站開啟期間每 %1 分鐘</translation>
    </message>
    <message>
        <source>P&amp;oll:</source>
        <translation>讀取(&amp;O)：</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>上次讀取 %1</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>The feeds and their logs are kept in the portal&apos;s database, for every editor.</source>
        <translation>訂閱源及其紀錄存於網站的資料庫，所有編輯共用。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WorkflowAction</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交審閱</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>排程…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發佈</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消發佈</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Save and hand the article to an editor for review</source>
        <translation>儲存並交編輯審閱</translation>
    </message>
    <message>
        <source>Save and publish automatically at a time you choose</source>
        <translation>儲存並在你選定的時間自動發佈</translation>
    </message>
    <message>
        <source>Save and put the article on the portal now</source>
        <translation>儲存並立即在網站發佈</translation>
    </message>
    <message>
        <source>Save and take the article off the portal (back to draft)</source>
        <translation>儲存並從網站撤下（退回草稿）</translation>
    </message>
    <message>
        <source>Save and take the article off the front and section pages</source>
        <translation>儲存並從首頁及欄目頁撤下</translation>
    </message>
    <message>
        <source>Send Back to Reporter</source>
        <translation>退回記者</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排程</translation>
    </message>
    <message>
        <source>Save and return the article to its reporter as a draft, unpublished</source>
        <translation>儲存並把文章以草稿退回記者，不發佈</translation>
    </message>
    <message>
        <source>Save and cancel the schedule: the article stays a draft and does not go live</source>
        <translation>儲存並取消排程：文章維持草稿，不會上線</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WorkflowActions</name>
    <message>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>Publish this article automatically at (%1):</source>
        <translation>在以下時間自動發佈此文章（%1）：</translation>
    </message>
    <message>
        <source>&amp;Publish at:</source>
        <translation>發佈時間(&amp;P)：</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>提交審閱</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>排程…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>發佈</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消發佈</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Save and hand the article to an editor for review</source>
        <translation>儲存並交編輯審閱</translation>
    </message>
    <message>
        <source>Save and publish automatically at a time you choose</source>
        <translation>儲存並在你選定的時間自動發佈</translation>
    </message>
    <message>
        <source>Save and put the article on the portal now</source>
        <translation>儲存並立即在網站發佈</translation>
    </message>
    <message>
        <source>Save and take the article off the portal (back to draft)</source>
        <translation>儲存並從網站撤下（退回草稿）</translation>
    </message>
    <message>
        <source>Save and take the article off the front and section pages</source>
        <translation>儲存並從首頁及欄目頁撤下</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>要封存「%1」嗎？</translation>
    </message>
    <message>
        <source>Take “%1” off the portal?</source>
        <translation>要把「%1」從入口網站撤下嗎？</translation>
    </message>
    <message>
        <source>At the next export its page, its cards and its feed entry go; its address answers “page not found”. You can publish it again later.</source>
        <translation>下次匯出時，其頁面、卡片及訂閱源項目都會移除；其網址會顯示「找不到網頁」。你稍後可再發佈。</translation>
    </message>
    <message>
        <source>It goes back to draft. At the next export its page, its cards and its feed entry go; its address answers “page not found” until it is published again.</source>
        <translation>文章會變回草稿。下次匯出時，其頁面、卡片及訂閱源項目都會移除；在再次發佈之前，其網址會顯示「找不到網頁」。</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>取消發佈(&amp;U)</translation>
    </message>
    <message>
        <source>Send Back to Reporter</source>
        <translation>退回記者</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排程</translation>
    </message>
    <message>
        <source>Save and return the article to its reporter as a draft, unpublished</source>
        <translation>儲存並把文章以草稿退回記者，不發佈</translation>
    </message>
    <message>
        <source>Save and cancel the schedule: the article stays a draft and does not go live</source>
        <translation>儲存並取消排程：文章維持草稿，不會上線</translation>
    </message>
</context>
</TS>
