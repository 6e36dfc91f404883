<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PortalDesk::Article</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>a headline is required</source>
        <translation>必须填写标题</translation>
    </message>
    <message>
        <source>a slug may hold only lowercase letters a–z, digits and single hyphens (at most 80)</source>
        <translation>网址别名只可包含小写字母 a–z、数字及单个连字号（最多 80 个字符）</translation>
    </message>
    <message>
        <source>“%1” is not a valid section key</source>
        <translation>“%1”不是有效的栏目代码</translation>
    </message>
    <message>
        <source>“%1” is not a valid column key</source>
        <translation>“%1”不是有效的专栏代码</translation>
    </message>
    <message>
        <source>the original link must start with https:// or http://</source>
        <translation>原文链接必须以 https:// 或 http:// 开头</translation>
    </message>
    <message>
        <source>photo %1: “%2” is not a usable file name</source>
        <translation>照片 %1：“%2”不是可用的文件名称</translation>
    </message>
    <message>
        <source>a scheduled article needs a publish time</source>
        <translation>已定时的文章须设置发布时间</translation>
    </message>
    <message>
        <source>the embargo ends before the publish time; clear one of them</source>
        <translation>禁发时间早于发布时间；请清除其中一项</translation>
    </message>
    <message>
        <source>the version cannot be negative</source>
        <translation>版本号不可为负数</translation>
    </message>
    <message>
        <source>photo %1 has no picture yet: attach one or remove the photo</source>
        <translation>第 %1 张照片还没有图片：请添加图片或删除该照片</translation>
    </message>
    <message>
        <source>the headline is %1 characters long; a headline may be at most %2</source>
        <translation>标题长 %1 字；标题最多 %2 字</translation>
    </message>
    <message>
        <source>the body is %1 characters long; a body may be at most %2 (about 3 MB): split the story into parts</source>
        <translation>正文长 %1 字；正文最多 %2 字（约 3 MB）：请把报道分成几篇</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>已排程于 %1 发布</translation>
    </message>
    <message>
        <source>%1, embargoed until %2</source>
        <translation>%1，禁发至 %2</translation>
    </message>
    <message>
        <source>the desk notes are %1 characters long; they may be at most %2</source>
        <translation>编辑部备注长 %1 字元；上限为 %2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ArticleStore</name>
    <message>
        <source>there is no article “%1”</source>
        <translation>没有文章“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a usable article id</source>
        <translation>“%1”不是可用的文章编号</translation>
    </message>
    <message>
        <source>an article with id “%1” already exists</source>
        <translation>编号为“%1”的文章已存在</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>article “%1” no longer exists; it was deleted</source>
        <translation>文章“%1”已不存在，已被删除</translation>
    </message>
    <message>
        <source>%1 saved this article (version %2) after you opened version %3</source>
        <translation>你打开第 %3 版后，%1 已保存此文章（第 %2 版）</translation>
    </message>
    <message>
        <source>someone saved this article at the same moment; try again</source>
        <translation>有人同时保存了此文章，请再试一次</translation>
    </message>
    <message>
        <source>there is no revision %1</source>
        <translation>没有修订版本 %1</translation>
    </message>
    <message>
        <source>revision %1 is damaged: %2</source>
        <translation>修订版本 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>revision %1 belongs to another article</source>
        <translation>修订版本 %1 属于另一篇文章</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>已还原第 %1 版</translation>
    </message>
    <message>
        <source>there is no section “%1”</source>
        <translation>没有栏目“%1”</translation>
    </message>
    <message>
        <source>there is no column “%1”</source>
        <translation>没有专栏“%1”</translation>
    </message>
    <message>
        <source>the slug “%1” is already used by article %2</source>
        <translation>网址别名“%1”已被文章 %2 使用</translation>
    </message>
    <message>
        <source>sent back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>unpublished, now a draft</source>
        <translation>已取消发布，现为草稿</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>已提交审阅</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>已排程于 %1 发布</translation>
    </message>
    <message>
        <source>this story already has a version in %1: “%2”; unlink that one first</source>
        <translation>这则报道已有%1版本：「%2」；请先解除该配对</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleExporter</name>
    <message>
        <source>refusing the picture name “%1”</source>
        <translation>拒绝使用图片名称「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled for later</source>
        <translation>
            <numerusform>%n 篇已排程稍后发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under embargo</source>
        <translation>
            <numerusform>%n 篇禁发中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a picture</source>
        <translation>
            <numerusform>%n 篇待补图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not published (draft or in review)</source>
        <translation>
            <numerusform>%n 篇未发布（草稿或审阅中）</numerusform>
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
            <numerusform>未有收录 %n 篇文章：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>「%1」(%2)：%3</translation>
    </message>
    <message>
        <source>refusing to write outside the bundle: %1</source>
        <translation>拒绝写入网站套件以外的位置：%1</translation>
    </message>
    <message>
        <source>the export was cancelled; the previous bundle is unchanged</source>
        <translation>汇出已取消；之前的网站套件维持不变</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>%1 is a file; the bundle needs a folder</source>
        <translation>%1 是文件；网站包需要文件夹</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no PortalDesk bundle; export into a new or empty folder so nothing there is lost</source>
        <translation>%1 并非空文件夹，亦没有 PortalDesk 网站包；请导出到新的或空的文件夹，以免遗失当中的文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot swap the new bundle into %1</source>
        <translation>无法以新网站包替换 %1</translation>
    </message>
    <message>
        <source>cannot move the new bundle to %1</source>
        <translation>无法把新网站包移到 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>another export into %1 is running; try again when it has finished</source>
        <translation>另一个导出正在写入 %1；请等它完成后再试</translation>
    </message>
    <message>
        <source>cannot commit the update of %1</source>
        <translation>无法提交 %1 的更新</translation>
    </message>
    <message>
        <source>cannot open the folder %1</source>
        <translation>无法打开文件夹 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleJournal</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the export journal %1 is incomplete</source>
        <translation>导出日志 %1 不完整</translation>
    </message>
    <message>
        <source>the export journal %1 names a path outside the bundle: %2</source>
        <translation>导出日志 %1 指向包以外的路径：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move %1 into the bundle</source>
        <translation>无法把 %1 移入包中</translation>
    </message>
    <message>
        <source>cannot remove %1 from the bundle</source>
        <translation>无法从包中删除 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::BundleZip</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: %3</source>
        <translation>无法把 %1 加入 %2：%3</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>无法完成 %1：%2</translation>
    </message>
    <message>
        <source>cannot move the finished zip to %1</source>
        <translation>无法把完成的 zip 档移到 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Category</name>
    <message>
        <source>“%1” is not a valid key: use lowercase a–z, digits and &apos;-&apos;</source>
        <translation>“%1”不是有效的代码：请用小写 a–z、数字及“-”</translation>
    </message>
    <message>
        <source>give a name in at least one language</source>
        <translation>请最少以一种语言填写名称</translation>
    </message>
</context>
<context>
    <name>PortalDesk::CategoryStore</name>
    <message>
        <source>section “%1” still has %2 articles; move them first</source>
        <translation>栏目“%1”仍有 %2 篇文章，请先把文章移走</translation>
    </message>
    <message>
        <source>column “%1” is on %2 articles; take it off them first</source>
        <translation>专栏“%1”仍用于 %2 篇文章；请先从文章中移除</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ChangeWatch</name>
    <message>
        <source>cannot follow other editors&apos; changes on %1: %2</source>
        <translation>无法跟踪其他编辑在 %1 上的修改：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ContentJson</name>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不可留空</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>“%1” is not a time like 2024-11-11T12:47:00Z</source>
        <translation>“%1”不是有效时间，格式如 2024-11-11T12:47:00Z</translation>
    </message>
    <message>
        <source>“%1” is not one of zh-Hant-HK, zh-Hans, en</source>
        <translation>“%1”不是 zh-Hant-HK、zh-Hans 或 en</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;zh-Hant-HK&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>必须是对象，例如 {&quot;zh-Hant-HK&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the %1 name must be a string</source>
        <translation>%1 名称必须是文本</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>each column must be a key string</source>
        <translation>每个专栏都必须是代码文本</translation>
    </message>
    <message>
        <source>photo %1 must be an object</source>
        <translation>照片 %1 必须是对象</translation>
    </message>
    <message>
        <source>“%1” is not one of draft, in_review, scheduled, published, archived</source>
        <translation>“%1”不是 draft、in_review、scheduled、published 或 archived</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是物件</translation>
    </message>
    <message>
        <source>target %1 must be an object</source>
        <translation>目标 %1 必须是物件</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ContentLint</name>
    <message>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>body</source>
        <translation>内文</translation>
    </message>
    <message>
        <source>Simplified edition body</source>
        <translation>简体版内文</translation>
    </message>
    <message>
        <source>photo %1 caption</source>
        <translation>相片 %1 图说</translation>
    </message>
    <message>
        <source>photo %1 credit</source>
        <translation>相片 %1 鸣谢</translation>
    </message>
    <message>
        <source>photo %1 alt text</source>
        <translation>相片 %1 替代文字</translation>
    </message>
    <message>
        <source>credit line</source>
        <translation>鸣谢行</translation>
    </message>
    <message>
        <source>Simplified kicker</source>
        <translation>简体引题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Simplified text</source>
        <translation>简体文字</translation>
    </message>
    <message>
        <source>call to action</source>
        <translation>行动呼吁</translation>
    </message>
    <message>
        <source>Simplified call to action</source>
        <translation>简体行动呼吁</translation>
    </message>
    <message>
        <source>%1 %2 name</source>
        <translation>%1「%2」名称</translation>
    </message>
    <message>
        <source>%1 %2 name (%3)</source>
        <translation>%1「%2」名称（%3）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Database</name>
    <message>
        <source>the database refused the change: %1</source>
        <translation>数据库拒绝了这项更改：%1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>the newsroom server refused: your role may not make this change (%1)</source>
        <translation>编辑室伺服器拒绝了：你的角色不可作此更改（%1）</translation>
    </message>
    <message>
        <source>the connection to the newsroom server was lost; PortalDesk reconnects by itself, and what you typed stays: try again once it is back (%1)</source>
        <translation>与编辑室伺服器的连线中断了；PortalDesk 会自行重新连接，你输入的内容会保留：恢复连线后请再试（%1）</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>服务器没有响应</translation>
    </message>
</context>
<context>
    <name>PortalDesk::DatabaseFile</name>
    <message>
        <source>A copy made before a schema update is beside it: %1. </source>
        <translation>旁边有一份更新结构前制作的副本：%1。</translation>
    </message>
    <message>
        <source>To save what is still readable into a new file: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.sqlite</source>
        <translation>要把仍可读取的内容救到新文件：sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.sqlite</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. The file was not changed. %3</source>
        <translation>无法打开 %1：%2。文件没有被改动。%3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is not a SQLite database (its first bytes are not SQLite&apos;s header)</source>
        <translation>它不是 SQLite 数据库（开头的字节不是 SQLite 的文件头）</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>文件头已损坏（页面大小 %1）</translation>
    </message>
    <message>
        <source>it is cut short: its header says %1 bytes, the file has %2</source>
        <translation>文件不完整：文件头说有 %1 字节，文件只有 %2</translation>
    </message>
    <message>
        <source>it is cut short: %1 bytes is not a whole number of %2-byte pages</source>
        <translation>文件不完整：%1 字节不是 %2 字节页面的整数倍</translation>
    </message>
    <message>
        <source>it is damaged, or the write-ahead log beside it (%1-wal) belongs to another database (%2)</source>
        <translation>文件已损坏，或旁边的预写日志（%1-wal）属于另一个数据库（%2）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::EditLocks</name>
    <message>
        <source>%1 is editing this article since %2 (%3)</source>
        <translation>%1 自 %2 起正在编辑此文章（%3）</translation>
    </message>
    <message>
        <source>the server gave no lock token</source>
        <translation>伺服器没有给出锁定编号</translation>
    </message>
    <message>
        <source>cannot mark articles as being edited: the folder %1 cannot be written</source>
        <translation>无法标示文章正在编辑：资料夹 %1 不可写入</translation>
    </message>
    <message>
        <source>there is no article “%1” to edit</source>
        <translation>没有可编辑的文章「%1」</translation>
    </message>
    <message>
        <source>someone else opened this article to edit at the same moment; try again</source>
        <translation>有人在同一时间开启此文章编辑，请再试一次</translation>
    </message>
    <message>
        <source>%1 took over editing from %2</source>
        <translation>%1 从 %2 接手编辑</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ExportLock</name>
    <message>
        <source>%1 is already exporting this portal (since %2); one export runs at a time: try again when it has finished</source>
        <translation>%1 正在导出此网站（自 %2 起）；每次只能进行一个导出，请待其完成后再试</translation>
    </message>
    <message>
        <source>another editor</source>
        <translation>另一位编辑</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>刚才</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>较早前</translation>
    </message>
    <message>
        <source>%1 is already watching this portal to publish it (since %2); one watcher publishes at a time, this one stands by</source>
        <translation>%1 已在监察此网站并负责发布（自 %2 起）；每次只由一个监察程序发布，此程序现时待命</translation>
    </message>
    <message>
        <source>cannot create the lock file beside %1 (is its folder writable?)</source>
        <translation>无法在 %1 旁建立锁定档（该资料夹可以写入吗？）</translation>
    </message>
    <message>
        <source>%1 is already publishing this portal (since %2); one publish runs at a time: try again when it has finished</source>
        <translation>%1 正在发布此网站（自 %2 起）；每次只可进行一项发布：请待其完成后再试</translation>
    </message>
</context>
<context>
    <name>PortalDesk::FeedLog</name>
    <message>
        <source>polling takes 0 (on demand) to 1,440 minutes, not %1</source>
        <translation>读取间隔须为 0（按需）至 1,440 分钟，而非 %1</translation>
    </message>
    <message>
        <source>the portal does not follow the feed %1</source>
        <translation>网站没有订阅源 %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::HostCheck</name>
    <message>
        <source>the address&apos;s host “%1” is shown as %2, as browsers show it: it mixes letters of different scripts that look alike; check that it is the site you mean</source>
        <translation>网址的主机「%1」会显示为 %2，与浏览器一样：它混合了外形相似的不同文字字母；请确认这是你想连结的网站</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ingest</name>
    <message>
        <source>imported from wire copy</source>
        <translation>由通信社稿件导入</translation>
    </message>
    <message>
        <source>converted to Traditional Chinese (zh-Hant-HK)</source>
        <translation>已转换为繁体中文（zh-Hant-HK）</translation>
    </message>
    <message>
        <source>typography fixed</source>
        <translation>已修正排版</translation>
    </message>
    <message>
        <source>the headline was too long; it was shortened and the whole line kept in the body</source>
        <translation>标题过长，已缩短，整行保留在内文</translation>
    </message>
    <message>
        <source>the original link “%1” is not a web address; kept in the body</source>
        <translation>原文链接“%1”不是网址，已保留在内文</translation>
    </message>
    <message>
        <source>a second original link was kept in the body</source>
        <translation>第二个原文链接已保留在内文</translation>
    </message>
    <message>
        <source>no headline found; the first sentence stands in for it</source>
        <translation>找不到标题，以第一句代替</translation>
    </message>
    <message>
        <source>this does not look like wire copy: the first line became the headline and everything else the body</source>
        <translation>这看来不是通信社稿件：第一行已用作标题，其余内容放入内文</translation>
    </message>
    <message>
        <source>the copy is empty</source>
        <translation>稿件是空的</translation>
    </message>
    <message>
        <source>no dateline (such as “BEIJING, Nov. 11, 2024 /PRNewswire/ --”) found</source>
        <translation>找不到电头（例如“BEIJING, Nov. 11, 2024 /PRNewswire/ --”）</translation>
    </message>
    <message>
        <source>the copy is dated %1 but gives no time of day; the publish time was left empty</source>
        <translation>稿件日期为 %1，但没有具体时间；发布时间留空</translation>
    </message>
    <message>
        <source>the dateline gives a day but no year, and the copy has no date to take it from</source>
        <translation>电头只有日期没有年份，稿件中也没有日期可参照</translation>
    </message>
    <message>
        <source>cannot read the feed %1: %2</source>
        <translation>无法读取订阅源 %1：%2</translation>
    </message>
    <message>
        <source>the feed %1 is larger than %2 MB</source>
        <translation>订阅源 %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 不是网址</translation>
    </message>
    <message>
        <source>the feed at %1 is larger than %2 MB</source>
        <translation>%1 的订阅源大于 %2 MB</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>cannot fetch %1: the server answered %2 (%3)</source>
        <translation>无法获取 %1：服务器响应 %2（%3）</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the feed log %1: %2</source>
        <translation>无法读取订阅记录 %1：%2</translation>
    </message>
    <message>
        <source>the feed log %1 is not valid JSON (at byte %2): %3</source>
        <translation>订阅记录 %1 不是有效的 JSON（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>cannot write the feed log %1: %2</source>
        <translation>无法写入订阅记录 %1：%2</translation>
    </message>
    <message>
        <source>empty item</source>
        <translation>空项目</translation>
    </message>
    <message>
        <source>taken before</source>
        <translation>之前已导入</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed: it starts with &lt;%1&gt;</source>
        <translation>不是 RSS 或 Atom 订阅源：开头是 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (line %1, column %2): %3</source>
        <translation>订阅源不是格式正确的 XML（第 %1 行第 %2 列）：%3</translation>
    </message>
    <message>
        <source>the feed is empty</source>
        <translation>订阅源是空的</translation>
    </message>
    <message>
        <source>the copy gives a release time (%1) but no date; the publish time was left empty</source>
        <translation>稿件有发布时间（%1）但没有日期；发布时间留空</translation>
    </message>
    <message>
        <source>same original link</source>
        <translation>原文连结相同</translation>
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
        <translation>由通讯社稿件更新</translation>
    </message>
    <message>
        <source>already in the portal as %1 (%2)</source>
        <translation>已在网站中，即 %1（%2）</translation>
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
        <translation>第 %1 行第 %2 列：%3（文件不是有效的 JSON）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>“%1” must be a path inside the file&apos;s folder, without ..</source>
        <translation>“%1”必须是文件所在文件夹内的路径，不可包含 ..</translation>
    </message>
    <message>
        <source>the photo file “%1” does not exist</source>
        <translation>照片档“%1”不存在</translation>
    </message>
    <message>
        <source>“%1” points outside the file&apos;s folder</source>
        <translation>“%1”指向文件所在文件夹以外的位置</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot;: &quot;portaldesk/1&quot;</source>
        <translation>文件必须是一个包含 &quot;format&quot;: &quot;portaldesk/1&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a portaldesk/1 file (its &quot;format&quot; is “%1”)</source>
        <translation>这不是 portaldesk/1 文件（其 &quot;format&quot; 为“%1”）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>every article needs an id of letters, digits and &apos;-&apos;</source>
        <translation>每篇文章都需要由字母、数字及“-”组成的编号</translation>
    </message>
    <message>
        <source>%1 already has content (%2 articles, %3 promos); load with --merge to add to it</source>
        <translation>%1 已有内容（%2 篇文章、%3 则推广）；如要加入内容，请以 --merge 加载</translation>
    </message>
    <message>
        <source>loaded from a portaldesk/1 file</source>
        <translation>从 portaldesk/1 文件加载</translation>
    </message>
    <message>
        <source>changed while loading</source>
        <translation>加载期间已更改</translation>
    </message>
    <message>
        <source>there is no article “%1”</source>
        <translation>没有文章“%1”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>every record needs its own “%1”</source>
        <translation>每条记录都需要独立的“%1”</translation>
    </message>
    <message>
        <source>this is used by an earlier record too</source>
        <translation>前面已有记录使用此值</translation>
    </message>
    <message>
        <source>the file has %1 promos; a portal file may hold at most %2</source>
        <translation>文件有 %1 条推广；一个门户文件最多可有 %2 条</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a portal file may be at most %3 (use migrate to move a larger portal between databases)</source>
        <translation>%1 有 %2 字节；门户文件最多 %3 字节（较大的门户请用 migrate 在数据库之间迁移）</translation>
    </message>
    <message>
        <source>translation group “%1” has two articles in %2 (“%3” and “%4”); a story has at most one version per language</source>
        <translation>翻译组「%1」有两篇%2文章（「%3」及「%4」）；每则报道每种语言最多只有一个版本</translation>
    </message>
    <message>
        <source>“%1” is not a picture PortalDesk can read</source>
        <translation>「%1」不是 PortalDesk 能读取的图片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Language</name>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
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
        <translation>繁体文本中有简体字 %1：应改用 %2</translation>
    </message>
    <message>
        <source>Traditional character %1 in Simplified text: use %2</source>
        <translation>简体文本中有繁体字 %1：应改用 %2</translation>
    </message>
    <message>
        <source>Paragraph repeats line %1</source>
        <translation>段落与第 %1 行重复</translation>
    </message>
    <message>
        <source>Invisible bidirectional control %1</source>
        <translation>隐形的双向控制字符 %1</translation>
    </message>
    <message>
        <source>Invisible character %1</source>
        <translation>隐形字符 %1</translation>
    </message>
    <message>
        <source>House style: one space between Chinese and Latin text</source>
        <translation>编辑规范：中文与拉丁字母之间留一个空格</translation>
    </message>
    <message>
        <source>House style: no space between Chinese and Latin text</source>
        <translation>编辑规范：中文与拉丁字母之间不留空格</translation>
    </message>
    <message>
        <source>Line is %1 columns wide; the limit is %2</source>
        <translation>此行宽 %1 栏，上限为 %2 栏</translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese text: use %1</source>
        <translation>中文内有半角标点：应改用 %1</translation>
    </message>
    <message>
        <source>zh-Hans quotes with “” and ‘’: use %1</source>
        <translation>简体版引号用 “” 及 ‘’：应改用 %1</translation>
    </message>
    <message>
        <source>zh-Hant-HK quotes with 「」 and 『』: use %1</source>
        <translation>繁体（香港）版引号用「」及『』：应改用 %1</translation>
    </message>
    <message>
        <source>Chinese ellipsis is ……</source>
        <translation>中文省略号为……</translation>
    </message>
    <message>
        <source>Chinese dash is ——</source>
        <translation>中文破折号为——</translation>
    </message>
    <message>
        <source>Picture from another site: readers&apos; browsers will block it. Attach it as a photo instead (the fix makes it a link)</source>
        <translation>图片来自其他网站：读者的浏览器会把它拦截。请改为附加成照片（修正会把它变成链接）</translation>
    </message>
    <message>
        <source>leave the particle out</source>
        <translation>删去语气助词</translation>
    </message>
    <message>
        <source>written Chinese has “%1”</source>
        <translation>书面语用「%1」</translation>
    </message>
    <message>
        <source>Cantonese “%1” in a quotation: normal for words as spoken, but the 简 edition&apos;s readers will read it as Cantonese; %2, or give the 简 edition its own text</source>
        <translation>引文中有粤语「%1」：照录原话属正常，但简体版读者会读成粤语；%2，或为简体版另写文字</translation>
    </message>
    <message>
        <source>Cantonese “%1”: the 简 edition&apos;s readers will read it as Cantonese; %2, or give the 简 edition its own text</source>
        <translation>粤语「%1」：简体版读者会读成粤语；%2，或为简体版另写文字</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Main</name>
    <message>
        <source>A portal database to open, or a portal file (*.portaldesk.json) to load into a new database.</source>
        <translation>要打开的网站数据库，或要载入新数据库的网站文件（*.portaldesk.json）。</translation>
    </message>
    <message>
        <source>Show the version and the git revision it was built from.</source>
        <translation>显示版本及构建时的 git 修订版本。</translation>
    </message>
    <message>
        <source>PortalDesk, the editorial desk for bilingual news portals.</source>
        <translation>PortalDesk：双语新闻网站的编采平台。</translation>
    </message>
    <message>
        <source>Open the portal database at PATH (a SQLite file or a postgresql:// address).</source>
        <translation>打开位于 PATH 的网站数据库（SQLite 文件或 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it has loaded, then quit.</source>
        <translation>窗口加载后把画面存成 FILE，然后结束。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open the article with id ID in an editor tab.</source>
        <translation>在编辑标签页打开编号为 ID 的文章。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Wait MS milliseconds before taking the screenshot (default 500).</source>
        <translation>截取画面前等候 MS 毫秒（默认 500）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>无法把截取画面写入 %1</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>使用深色配色。</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large at the top left (e.g. 1280x800), for screenshots.</source>
        <translation>在左上角以“宽x高”像素打开窗口（例如 1280x800），用于截图。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, at least 400x300, not %1</source>
        <translation>--size 应为“宽x高”，至少 400x300，而不是 %1</translation>
    </message>
    <message>
        <source>Import the wire copy in FILE (a .txt release) once the database is open, as File ▸ Import Wire Copy… does; may be given more than once.</source>
        <translation>数据库打开后导入 FILE 中的通稿（.txt 稿件），与“文件 ▸ 导入通稿…”相同；可指定多次。</translation>
    </message>
    <message>
        <source>unknown view %1: use promos, promo, sections, export, feeds, settings, connect, publish, pair, server or about</source>
        <translation>未知的画面 %1：请用 promos、promo、sections、export、feeds、settings、connect、publish、pair、server 或 about</translation>
    </message>
    <message>
        <source>Open VIEW once the database is open: promos, promo, sections, export, feeds, settings, connect, publish, pair (a translation beside its original), server (Publish to Web Server) or about.</source>
        <translation>开启资料库后开启画面 VIEW：promos、promo、sections、export、feeds、settings、connect、publish、pair（译文与原文并排）、server（发布到网站伺服器）或 about。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::MediaStore</name>
    <message>
        <source>there is no picture “%1” in the database</source>
        <translation>数据库内没有图片“%1”</translation>
    </message>
    <message>
        <source>this photo has no picture yet</source>
        <translation>这张照片还没有图片</translation>
    </message>
    <message>
        <source>“%1” is %2 bytes; a photo file may be at most %3</source>
        <translation>「%1」有 %2 位元组；相片档案最多 %3 位元组</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; a photo may be at most %4 pixels on each side</source>
        <translation>「%1」为 %2 × %3 像素；相片每边最多 %4 像素</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取「%1」：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Migrations</name>
    <message>
        <source>%1 was written by a newer PortalDesk (schema %2, this version knows up to %3); update PortalDesk to open it</source>
        <translation>%1 由较新版本的 PortalDesk 写入（架构 %2，此版本只支持至 %3）；请更新 PortalDesk 后再打开</translation>
    </message>
    <message>
        <source>could not back up %1 before updating it: %2</source>
        <translation>更新前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>updating the database to schema %1 (%2) failed: %3</source>
        <translation>把数据库更新至架构 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Newsroom</name>
    <message>
        <source>people and roles belong to a newsroom server (postgresql://…); on a SQLite file the editor is whoever opens it</source>
        <translation>人员与角色属于编辑室伺服器（postgresql://…）；SQLite 档案的编辑就是开启它的人</translation>
    </message>
    <message>
        <source>“%1” is not a usable login: start with a letter a–z, then up to 62 of a–z, 0–9, “.”, “_”, “-”</source>
        <translation>「%1」不是可用的登入名称：须以字母 a–z 开头，其后最多 62 个 a–z、0–9、「.」、「_」、「-」</translation>
    </message>
    <message>
        <source>a person needs a display name (e.g. 陳大文)</source>
        <translation>人员需要显示名称（例如 陈大文）</translation>
    </message>
    <message>
        <source>a display name has at most 100 characters</source>
        <translation>显示名称最多 100 个字元</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>sub-editor</source>
        <translation>副编辑</translation>
    </message>
    <message>
        <source>chief editor</source>
        <translation>总编辑</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>资料库拥有者</translation>
    </message>
    <message>
        <source>As a reporter you edit your own articles; this one is %1&apos;s.</source>
        <translation>记者只可编辑自己的文章；这篇是 %1 的。</translation>
    </message>
    <message>
        <source>As a reporter you edit drafts; this article is %1 now, so the desk edits it.</source>
        <translation>记者只可编辑草稿；这篇文章现为「%1」，由编辑台处理。</translation>
    </message>
    <message>
        <source>As a reporter you submit articles for review; a sub-editor schedules and publishes them.</source>
        <translation>记者把文章提交审阅；由副编辑排程及发布。</translation>
    </message>
    <message>
        <source>Only a chief editor can take over an article a colleague is editing.</source>
        <translation>只有总编辑可接手同事正在编辑的文章。</translation>
    </message>
    <message>
        <source>As a reporter you cannot change promos; sub-editors and chief editors do.</source>
        <translation>记者不可更改推广位；由副编辑及总编辑处理。</translation>
    </message>
    <message>
        <source>Only a chief editor can change sections, columns and portal settings.</source>
        <translation>只有总编辑可更改版面、专栏及网站设定。</translation>
    </message>
    <message>
        <source>Only a chief editor can add people or change their roles.</source>
        <translation>只有总编辑可新增人员或更改其角色。</translation>
    </message>
    <message>
        <source>the database owner is not a group role</source>
        <translation>资料库拥有者不是群组角色</translation>
    </message>
    <message>
        <source>the server did not say which database this is</source>
        <translation>伺服器没有说明这是哪个资料库</translation>
    </message>
    <message>
        <source>cannot create the newsroom&apos;s roles; newsroom init is run by the database&apos;s owner with the right to create roles (CREATEROLE): %1</source>
        <translation>无法建立编辑室的角色；newsroom init 须由具建立角色权限（CREATEROLE）的资料库拥有者执行：%1</translation>
    </message>
    <message>
        <source>a person is a reporter, a sub-editor or a chief editor</source>
        <translation>人员须为记者、副编辑或总编辑</translation>
    </message>
    <message>
        <source>%1 is a new login: give them a password</source>
        <translation>%1 是新的登入名称：请为其设定密码</translation>
    </message>
    <message>
        <source>%1 is not one of this newsroom&apos;s people (newsroom list-people shows who is)</source>
        <translation>%1 不是此编辑室的人员（newsroom list-people 会列出人员）</translation>
    </message>
    <message>
        <source>%1 is not one of this newsroom&apos;s people</source>
        <translation>%1 不是此编辑室的人员</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PhotoEncoder</name>
    <message>
        <source>the picture %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>the picture %1 could not be written as %2</source>
        <translation>图片 %1 无法写成 %2 格式</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Portal</name>
    <message>
        <source>the base URL must start with https:// or http://</source>
        <translation>网站网址必须以 https:// 或 http:// 开头</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone, e.g. Asia/Hong_Kong</source>
        <translation>“%1”不是已知的时区，例如 Asia/Hong_Kong</translation>
    </message>
    <message>
        <source>“%1” is not a valid theme name</source>
        <translation>“%1”不是有效的主题名称</translation>
    </message>
    <message>
        <source>“%1” is not a name of its own for a publish target (letters, digits and -)</source>
        <translation>「%1」不能作为发布目标的独立名称（只可用字母、数字及 -）</translation>
    </message>
    <message>
        <source>the publish target “%1” has no usable address</source>
        <translation>发布目标「%1」没有可用的位址</translation>
    </message>
    <message>
        <source>the publish target “%1” must keep 2 to 100 releases</source>
        <translation>发布目标「%1」须保留 2 至 100 个版本</translation>
    </message>
    <message>
        <source>“%1” is not a usable picture name</source>
        <translation>「%1」不是可用的图片名称</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PortalCopy</name>
    <message>
        <source>%1 already holds a portal (%2 rows in %3); a portal is moved only into an empty database, so that nothing there is mixed or overwritten</source>
        <translation>%1 已有一个网站（%3 有 %2 行）；网站只会迁移到空数据库，以免混入或覆盖原有内容</translation>
    </message>
    <message>
        <source>the copy of %1 has %2 rows where the original has %3; nothing was kept</source>
        <translation>%1 的副本有 %2 行，原本有 %3 行；副本没有保留</translation>
    </message>
    <message>
        <source>the copy&apos;s content digest (%1) differs from the original&apos;s (%2); nothing was kept</source>
        <translation>副本的内容摘要（%1）与原本的（%2）不同；副本没有保留</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PortalSnapshot</name>
    <message>
        <source>the article “%1” was taken down while the export ran; export again</source>
        <translation>导出期间文章“%1”已被撤下；请重新导出</translation>
    </message>
    <message>
        <source>an article was deleted while the export ran; export again</source>
        <translation>导出期间有文章被删除；请重新导出</translation>
    </message>
    <message>
        <source>in review, not published</source>
        <translation>审阅中，未发布</translation>
    </message>
    <message>
        <source>a draft, not published</source>
        <translation>草稿，未发布</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>已排程于 %1 发布</translation>
    </message>
    <message>
        <source>set to publish but has no publish time</source>
        <translation>已设为发布但未有发布时间</translation>
    </message>
    <message>
        <source>embargoed until %1</source>
        <translation>禁发至 %1</translation>
    </message>
    <message>
        <source>a photo has no picture yet</source>
        <translation>有相片尚未有图片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PostgresSchema</name>
    <message>
        <source>%1: this login may not create or change PortalDesk&apos;s tables (schema %2). The database&apos;s owner sets them up: run “portaldesk-cli newsroom migrate --db ADDRESS” as the owner. (The server said: %3)</source>
        <translation>%1：此登录名无权创建或更改 PortalDesk 的数据表（结构 %2）。请由数据库所有者设置：以所有者身份运行“portaldesk-cli newsroom migrate --db 地址”。（服务器返回：%3）</translation>
    </message>
    <message>
        <source>updating %1 to schema %2 (%3) failed; nothing of this step was kept: %4</source>
        <translation>将 %1 更新到结构 %2（%3）失败；此步骤的更改全部未保留：%4</translation>
    </message>
    <message>
        <source>schema %1: %2 (%3 statements)</source>
        <translation>结构 %1：%2（%3 条语句）</translation>
    </message>
    <message>
        <source>%1 holds a portal of schema %2, written by a newer PortalDesk; this version knows up to schema %3 and has changed nothing: update PortalDesk to use it</source>
        <translation>%1 的网站采用结构 %2，由较新版本的 PortalDesk 写入；此版本只支持到结构 %3，未做任何更改：请更新 PortalDesk 后再使用</translation>
    </message>
    <message>
        <source>%1 holds a portal of schema %2 and this PortalDesk needs schema %3. Updating it changes the newsroom&apos;s shared database for every editor; the chief editor does it with “portaldesk-cli newsroom migrate --db ADDRESS”, which will: %4</source>
        <translation>%1 的网站采用结构 %2，此版本的 PortalDesk 需要结构 %3。更新会改动全组编辑共用的数据库，请由总编辑运行“portaldesk-cli newsroom migrate --db 地址”，它会：%4</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Promo</name>
    <message>
        <source>“%1” is not a valid slot name, e.g. sidebar.feature</source>
        <translation>“%1”不是有效的版位名称，例如 sidebar.feature</translation>
    </message>
    <message>
        <source>the promo text is required</source>
        <translation>必须填写推广文本</translation>
    </message>
    <message>
        <source>a link is required</source>
        <translation>必须填写链接</translation>
    </message>
    <message>
        <source>the link must start with https:// or http://, or point to an article</source>
        <translation>链接必须以 https:// 或 http:// 开头，或指向一篇文章</translation>
    </message>
    <message>
        <source>“%1” is not a usable file name</source>
        <translation>“%1”不是可用的文件名称</translation>
    </message>
    <message>
        <source>the schedule must end after it starts</source>
        <translation>定时的结束时间必须迟于开始时间</translation>
    </message>
    <message>
        <source>the position cannot be negative</source>
        <translation>位置不可为负数</translation>
    </message>
    <message>
        <source>only a zh-Hant-HK promo has a separate Simplified text; clear it or set the language back to zh-Hant-HK</source>
        <translation>只有 zh-Hant-HK 推广可另设简体文字；请清除该文字或把语言改回 zh-Hant-HK</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PromoStore</name>
    <message>
        <source>there is no promo “%1”</source>
        <translation>没有推广“%1”</translation>
    </message>
    <message>
        <source>a promo with id “%1” already exists</source>
        <translation>编号为“%1”的推广已存在</translation>
    </message>
    <message>
        <source>someone changed this promo (now version %1) after you opened it</source>
        <translation>你打开此推广后，有人更改了它（现为第 %1 版）</translation>
    </message>
    <message>
        <source>promo “%1” no longer exists</source>
        <translation>推广“%1”已不存在</translation>
    </message>
    <message>
        <source>the promo is already in that slot</source>
        <translation>推广已在该版位</translation>
    </message>
    <message>
        <source>someone moved promo “%1” to slot “%2” in the meantime</source>
        <translation>推广“%1”刚被其他人移到版位“%2”</translation>
    </message>
</context>
<context>
    <name>PortalDesk::PublishChecks</name>
    <message>
        <source>a link has no address</source>
        <translation>有连结没有网址</translation>
    </message>
    <message>
        <source>the link “%1”: %2</source>
        <translation>连结「%1」：%2</translation>
    </message>
    <message>
        <source>the link “%1” is not a web address (http, https or mailto)</source>
        <translation>连结「%1」不是网址（http、https 或 mailto）</translation>
    </message>
    <message>
        <source>the link “%1” is not a valid web address</source>
        <translation>连结「%1」不是有效的网址</translation>
    </message>
    <message>
        <source>There is no headline.</source>
        <translation>未有标题。</translation>
    </message>
    <message>
        <source>The headline is %1 columns wide; the front page&apos;s lead shows about %2 (two lines on a phone).</source>
        <translation>标题阔 %1 栏；首页头条约可显示 %2 栏（手机上两行）。</translation>
    </message>
    <message>
        <source>The headline fits the front page&apos;s lead (%1 of %2 columns).</source>
        <translation>标题可放入首页头条（%1 / %2 栏）。</translation>
    </message>
    <message>
        <source>No section is chosen: the story would be on no section page.</source>
        <translation>未选栏目：文章不会出现在任何栏目页。</translation>
    </message>
    <message>
        <source>A section is chosen.</source>
        <translation>已选栏目。</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>内文是空的。</translation>
    </message>
    <message numerus="yes">
        <source>The body has only %n word(s); a story needs at least %1.</source>
        <translation>
            <numerusform>内文只有 %n 字；一篇报道最少要有 %1 字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body is short: %n word(s).</source>
        <translation>
            <numerusform>内文偏短：%n 字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body has %n word(s).</source>
        <translation>
            <numerusform>内文共 %n 字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo %1 has no picture yet: attach one or remove the photo.</source>
        <translation>相片 %1 尚未有图片：请附上图片或移除该相片。</translation>
    </message>
    <message numerus="yes">
        <source>Every photo has its picture (%n).</source>
        <translation>
            <numerusform>每张相片都已有图片（%n 张）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The embargo lasts until %1, after the scheduled time: schedule it for then or later.</source>
        <translation>禁发至 %1，迟于排程时间：请排程于该时间或之后。</translation>
    </message>
    <message>
        <source>The embargo lasts until %1: schedule the story for then instead of publishing now.</source>
        <translation>禁发至 %1：请把文章排程于该时间，不要立即发布。</translation>
    </message>
    <message>
        <source>In the body, %1.</source>
        <translation>内文中，%1。</translation>
    </message>
    <message numerus="yes">
        <source>Every link is a web address readers can follow (%n).</source>
        <translation>
            <numerusform>每条连结都是读者可开启的网址（%n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no byline: readers will not see who wrote it.</source>
        <translation>未有署名：读者不会知道作者是谁。</translation>
    </message>
    <message>
        <source>The byline is set.</source>
        <translation>已有署名。</translation>
    </message>
    <message>
        <source>There is no standfirst: cards and search results will show the first paragraph.</source>
        <translation>未有导语：卡片及搜寻结果会显示第一段。</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s) are still open in the lint panel.</source>
        <translation>
            <numerusform>排版检查面板仍有 %n 项问题未处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>No typography findings are open.</source>
        <translation>没有未处理的排版问题。</translation>
    </message>
    <message>
        <source>The original (%1) was changed at %2, after this translation was last saved: check that the translation still says the same.</source>
        <translation>原文（%1）于 %2 修改，晚于此译文最后储存的时间：请检查译文是否仍然一致。</translation>
    </message>
    <message>
        <source>The translation is newer than the last change to its original.</source>
        <translation>译文比原文最后一次修改更新。</translation>
    </message>
    <message>
        <source>The original (%1) changed %2 since this translation was last brought up to date: check that the translation still says the same (Translation ▸ Changes in the Original…).</source>
        <translation>自译文上次更新以来，原文（%1）已修改%2：请确认译文内容仍然一致（翻译 ▸ 原文的修改…）。</translation>
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
        <translation>译文与原文一致。</translation>
    </message>
    <message>
        <source>In the original link, %1.</source>
        <translation>原文连结中，%1。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::RecoveryStore</name>
    <message>
        <source>an article needs an id before it can be kept for recovery</source>
        <translation>文章须有编号才可保留作恢复之用</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Rules</name>
    <message>
        <source>holds an invisible or direction-changing character (%1) that can disguise what it says; type it again without it</source>
        <translation>含有看不见或改变文字方向的字符（%1），可能掩饰其真正内容；请不用该字符重新输入</translation>
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
        <translation>无法对搜索结果排序</translation>
    </message>
    <message>
        <source>search ranking needs an SQLite connection</source>
        <translation>搜索排序需要 SQLite 连接</translation>
    </message>
    <message>
        <source>search ranking needs an open connection</source>
        <translation>搜索排序需要已打开的连接</translation>
    </message>
    <message>
        <source>this SQLite has no full-text search (FTS5)</source>
        <translation>此 SQLite 不支持全文搜索（FTS5）</translation>
    </message>
    <message>
        <source>could not install the search ranking</source>
        <translation>无法安装搜索排序</translation>
    </message>
</context>
<context>
    <name>PortalDesk::ServerAddress</name>
    <message>
        <source>“%1” is not a server address like postgresql://user@host:5432/portal</source>
        <translation>“%1”不是服务器地址，格式应如 postgresql://user@host:5432/portal</translation>
    </message>
    <message>
        <source>the database name in “%1” may not contain &apos;/&apos;</source>
        <translation>“%1”中的数据库名称不能包含“/”</translation>
    </message>
    <message>
        <source>“%1” is not a connection setting PortalDesk knows (use one of: %2)</source>
        <translation>PortalDesk 不认识连接设置“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>the setting %1 may not contain &apos;;&apos;</source>
        <translation>设置 %1 不能包含“;”</translation>
    </message>
    <message>
        <source>the default server</source>
        <translation>默认服务器</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>你的登录名</translation>
    </message>
    <message>
        <source>the newsroom server at %1 refused the login %2: check the password (kept in the keychain or ~/.pgpass) and the login name</source>
        <translation>位于 %1 的编辑部服务器拒绝登录名 %2：请检查密码（保存在钥匙串或 ~/.pgpass 中）和登录名</translation>
    </message>
    <message>
        <source>there is no database “%1” on the newsroom server at %2: check the name, or ask whoever runs the server to create it (README, “Newsroom server”)</source>
        <translation>位于 %2 的编辑部服务器没有数据库“%1”：请检查名称，或请服务器管理员创建（见 README“Newsroom server”）</translation>
    </message>
    <message>
        <source>the newsroom server at %1 has no login %2: ask the chief editor to add you</source>
        <translation>位于 %1 的编辑部服务器没有登录名 %2：请总编辑为你添加</translation>
    </message>
    <message>
        <source>the address asks for an encrypted connection (sslmode=%1) but the server at %2 does not offer TLS: ask whoever runs it to turn TLS on, or use sslmode=prefer</source>
        <translation>地址要求加密连接（sslmode=%1），但位于 %2 的服务器不提供 TLS：请服务器管理员启用 TLS，或改用 sslmode=prefer</translation>
    </message>
    <message>
        <source>the newsroom server at %1 only accepts encrypted connections: add ?sslmode=verify-full (with sslrootcert=the CA file) or ?sslmode=require to the address</source>
        <translation>位于 %1 的编辑部服务器只接受加密连接：请在地址后加上 ?sslmode=verify-full（连同 sslrootcert=CA 文件）或 ?sslmode=require</translation>
    </message>
    <message>
        <source>the certificate of the server at %1 is for another name: connect with the name the certificate was made for, or ask for a certificate that names this host</source>
        <translation>位于 %1 的服务器证书属于另一个名称：请用证书上的名称连接，或申请包含此主机名的证书</translation>
    </message>
    <message>
        <source>the certificate of the server at %1 could not be checked against the CA file (%2): pick the newsroom&apos;s CA file as sslrootcert</source>
        <translation>无法用 CA 文件（%2）验证位于 %1 的服务器证书：请将编辑部的 CA 文件设为 sslrootcert</translation>
    </message>
    <message>
        <source>the login %1 is not allowed to do this on the newsroom server at %2: ask the chief editor for the rights it needs</source>
        <translation>登录名 %1 无权在位于 %2 的编辑部服务器执行此操作：请向总编辑申请所需权限</translation>
    </message>
    <message>
        <source>the newsroom server at %1 did not answer in time: check the network and the address, then try again</source>
        <translation>位于 %1 的编辑部服务器未能及时响应：请检查网络和地址，然后重试</translation>
    </message>
    <message>
        <source>the server name “%1” is not known: check the address</source>
        <translation>找不到服务器名称“%1”：请检查地址</translation>
    </message>
    <message>
        <source>cannot reach the newsroom server at %1: is it running, and is the address right?</source>
        <translation>无法连接位于 %1 的编辑部服务器：服务器是否正在运行？地址是否正确？</translation>
    </message>
    <message>
        <source>cannot connect to the newsroom server at %1</source>
        <translation>无法连接到位于 %1 的编辑部服务器</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Text</name>
    <message>
        <source>cannot load OpenCC character tables: %1</source>
        <translation>无法加载 OpenCC 字表：%1</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1</source>
        <translation>字节位置 %1 的 UTF-8 编码无效</translation>
    </message>
    <message>
        <source>cannot load OpenCC configuration %1: %2</source>
        <translation>无法加载 OpenCC 设置 %1：%2</translation>
    </message>
    <message>
        <source>cannot load OpenCC configuration %1</source>
        <translation>无法加载 OpenCC 设置 %1</translation>
    </message>
    <message>
        <source>only Chinese text can be converted between scripts</source>
        <translation>只有中文文本可以转换繁简</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Theme</name>
    <message>
        <source>the theme folder %1 does not exist</source>
        <translation>主题文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the theme %1 has no template %2</source>
        <translation>主题 %1 没有模板 %2</translation>
    </message>
    <message>
        <source>the theme template %1.mustache is broken: %2</source>
        <translation>主题模板 %1.mustache 有错误：%2</translation>
    </message>
    <message>
        <source>rendering %1.mustache failed: %2</source>
        <translation>渲染 %1.mustache 失败：%2</translation>
    </message>
    <message>
        <source>rendering layout.mustache failed: %1</source>
        <translation>渲染 layout.mustache 失败：%1</translation>
    </message>
    <message>
        <source>the theme&apos;s layout.mustache has no &lt;head&gt; element</source>
        <translation>主题的 layout.mustache 没有 &lt;head&gt; 元素</translation>
    </message>
    <message>
        <source>the portal&apos;s logo is not a picture PortalDesk can read</source>
        <translation>网站标志不是 PortalDesk 能读取的图片</translation>
    </message>
    <message>
        <source>the portal&apos;s logo %1: %2; choose another in Settings</source>
        <translation>网站标志 %1：%2；请在「设定」另选一个</translation>
    </message>
</context>
<context>
    <name>PortalDesk::TranslationPairs</name>
    <message>
        <source>there is no article “%1”; it may have been deleted</source>
        <translation>没有文章「%1」；可能已被删除</translation>
    </message>
    <message>
        <source>an article cannot be its own translation</source>
        <translation>文章不能是自己的译文</translation>
    </message>
    <message>
        <source>“%1” and “%2” are both in %3; a translation is in another language</source>
        <translation>「%1」和「%2」都是%3；译文须为另一种语言</translation>
    </message>
    <message>
        <source>“%1” is already paired with “%2”; unlink it first</source>
        <translation>「%1」已与「%2」配对；请先解除配对</translation>
    </message>
    <message>
        <source>paired with its %1 translation “%2”</source>
        <translation>与其%1译文「%2」配对</translation>
    </message>
    <message>
        <source>paired as the %1 translation of “%2”</source>
        <translation>配对为「%2」的%1译文</translation>
    </message>
    <message>
        <source>“%1” is not paired with a translation</source>
        <translation>「%1」没有配对译文</translation>
    </message>
    <message>
        <source>unpaired from its translation</source>
        <translation>解除与译文的配对</translation>
    </message>
    <message>
        <source>unpaired from “%1”</source>
        <translation>解除与「%1」的配对</translation>
    </message>
    <message>
        <source>this article is not recorded as a translation of another</source>
        <translation>这篇文章没有记录为另一篇的译文</translation>
    </message>
    <message>
        <source>version %1 of the original is no longer in its history</source>
        <translation>原文的第 %1 版已不在修订记录中</translation>
    </message>
</context>
<context>
    <name>PortalDesk::TrashStore</name>
    <message>
        <source>the trash&apos;s copy of article “%1” is damaged: %2</source>
        <translation>垃圾桶内文章「%1」的副本已损坏：%2</translation>
    </message>
    <message>
        <source>article “%1” is not in the trash</source>
        <translation>文章「%1」不在垃圾桶内</translation>
    </message>
    <message>
        <source>%1 is editing article “%2” on %3; it can go to the trash once they close it</source>
        <translation>%1 正在 %3 编辑文章「%2」；对方关闭后才可移到垃圾桶</translation>
    </message>
    <message>
        <source>there is no article “%1”</source>
        <translation>没有文章「%1」</translation>
    </message>
    <message>
        <source>“%1” cannot come back: another article now has its id %2</source>
        <translation>「%1」无法还原：另一篇文章现已使用其 ID %2</translation>
    </message>
    <message>
        <source>“%1” cannot come back as it was: %2</source>
        <translation>「%1」无法按原样还原：%2</translation>
    </message>
    <message>
        <source>“%1” cannot come back into its translation pair: article %2 is its %3 version now</source>
        <translation>「%1」无法回到其翻译配对：文章 %2 现在是其%3版本</translation>
    </message>
    <message>
        <source>“%1” cannot come back by your hand: its history holds versions saved by %2, which only a sub-editor or the chief editor may put back; ask one of them to restore it from the trash</source>
        <translation>「%1」无法由你还原：其历史记录有 %2 储存的版本，只有副编辑或总编辑可放回；请他们从垃圾桶还原</translation>
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
        <translation>编辑文本</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>保留对方的版本</translation>
    </message>
    <message>
        <source>Merge versions</source>
        <translation>合并版本</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>还原版本</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleEditor</name>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New article · not saved yet</source>
        <translation>新文章 · 尚未保存</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source> (→ %1 when saved)</source>
        <translation>（保存后 → %1）</translation>
    </message>
    <message>
        <source>Saved “%1” (version %2).</source>
        <translation>已保存“%1”（第 %2 版）。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>“%1” was not saved.</source>
        <translation>“%1”未保存。</translation>
    </message>
    <message>
        <source>Your changes are still here and kept for recovery.</source>
        <translation>你的更改仍在，并已保留作恢复之用。</translation>
    </message>
    <message>
        <source>Now showing their version %1; Undo brings yours back.</source>
        <translation>现正显示对方的第 %1 版；按“撤销”可取回你的版本。</translation>
    </message>
    <message>
        <source>Go back to the saved version of “%1”? Undo brings your edits back.</source>
        <translation>要回到“%1”已保存的版本吗？按“撤销”可取回你的编辑。</translation>
    </message>
    <message>
        <source>This article has no history yet: it has never been saved.</source>
        <translation>此文章尚未有历史记录：它从未保存。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>还原版本</translation>
    </message>
    <message>
        <source>Restoring replaces your unsaved edits. Save them first as a version of their own?</source>
        <translation>还原会替换你未保存的编辑。要先把它们保存为一个版本吗？</translation>
    </message>
    <message>
        <source>Restored; saved as version %1.</source>
        <translation>已还原；保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Fix all typography</source>
        <translation>修正所有排版问题</translation>
    </message>
    <message>
        <source>Open %1: %2</source>
        <translation>打开 %1：%2</translation>
    </message>
    <message>
        <source>Create Chinese Translation Draft</source>
        <translation>创建中文翻译草稿</translation>
    </message>
    <message>
        <source>Create English Translation Draft</source>
        <translation>创建英文翻译草稿</translation>
    </message>
    <message>
        <source>Link translation</source>
        <translation>链接翻译</translation>
    </message>
    <message numerus="yes">
        <source>字數 %1 (%2 Chinese characters, %3 English words) · about %n min read</source>
        <translation>
            <numerusform>字数 %1（汉字 %2 个、英文单词 %3 个）· 约需阅读 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Typography OK</source>
        <translation>排版无误</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s)</source>
        <translation>
            <numerusform>%n 项排版问题</numerusform>
        </translation>
    </message>
    <message>
        <source>New · not saved</source>
        <translation>新 · 未保存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Simplified Edition (简)</source>
        <translation>简体版（简）</translation>
    </message>
    <message>
        <source>%1 saved version %2 first; their changes and yours are merged and saved as version %3.</source>
        <translation>%1 先保存了第 %2 版；双方的修改已合并，保存为第 %3 版。</translation>
    </message>
    <message>
        <source>%1 saved version %2 of “%3”. Your unsaved changes stay; saving merges them with theirs.</source>
        <translation>%1 保存了“%3”的第 %2 版。你未保存的修改仍在；保存时会与对方的版本合并。</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>未还原：%1</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>「%1」现为：%2。</translation>
    </message>
    <message>
        <source>Show Side by Side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <source>Changes in the Original…</source>
        <translation>原文的修改…</translation>
    </message>
    <message>
        <source>Mark Up to Date</source>
        <translation>标记为已更新</translation>
    </message>
    <message>
        <source>Link to Existing Article…</source>
        <translation>连结现有文章…</translation>
    </message>
    <message>
        <source>Unlink Translation…</source>
        <translation>解除翻译配对…</translation>
    </message>
    <message>
        <source>This story already has a version in %1: “%2”.</source>
        <translation>这则报道已有%1版本：「%2」。</translation>
    </message>
    <message>
        <source>Link Translation</source>
        <translation>连结译文</translation>
    </message>
    <message>
        <source>Not linked: %1</source>
        <translation>未能连结：%1</translation>
    </message>
    <message>
        <source>Linked as a translation pair.</source>
        <translation>已连结为翻译配对。</translation>
    </message>
    <message>
        <source>Unlink Translation</source>
        <translation>解除翻译配对</translation>
    </message>
    <message>
        <source>Unlink “%1” from “%2”? Both stay as they are; they are no longer one story in two languages, and the preview no longer links them.</source>
        <translation>解除「%1」与「%2」的配对？两篇文章保持不变，但不再是同一则报道的两种语言版本，预览亦不再互相连结。</translation>
    </message>
    <message>
        <source>Not unlinked: %1</source>
        <translation>未能解除配对：%1</translation>
    </message>
    <message>
        <source>Unlinked from “%1”.</source>
        <translation>已解除与「%1」的配对。</translation>
    </message>
    <message>
        <source>This article has no translation partner to show beside it.</source>
        <translation>这篇文章没有可并排显示的翻译配对。</translation>
    </message>
    <message>
        <source>what %1 sent is not a picture</source>
        <translation>%1 传来的不是图片</translation>
    </message>
    <message>
        <source>A picture is being fetched already: try again when it has arrived.</source>
        <translation>正在下载另一张图片：请待其完成后再试。</translation>
    </message>
    <message>
        <source>There is no picture from another site there any more.</source>
        <translation>该处已没有来自其他网站的图片。</translation>
    </message>
    <message>
        <source>Fetching the picture from %1…</source>
        <translation>正在从 %1 下载图片…</translation>
    </message>
    <message>
        <source>The picture from %1 was not attached: %2</source>
        <translation>来自 %1 的图片未有加入：%2</translation>
    </message>
    <message>
        <source>The picture from %1 is photo %2 now; its markup changed meanwhile, so it stays in the text.</source>
        <translation>来自 %1 的图片现为第 %2 张相片；其标记期间已被修改，因此仍留在正文中。</translation>
    </message>
    <message>
        <source>Attach picture as photo</source>
        <translation>把图片加为相片</translation>
    </message>
    <message>
        <source>The picture from %1 is photo %2 now, and out of the text.</source>
        <translation>来自 %1 的图片现为第 %2 张相片，并已从正文移除。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleFields</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>专栏</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>内文</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Original link</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>网址别名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>禁发截止</translation>
    </message>
    <message>
        <source>Translation group</source>
        <translation>翻译组</translation>
    </message>
    <message>
        <source>Simplified edition body</source>
        <translation>简体版正文</translation>
    </message>
    <message>
        <source>Desk notes</source>
        <translation>编辑部备注</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleForm</name>
    <message>
        <source>Change language</source>
        <translation>更改语言</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（没有栏目）</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>更改栏目</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>更改专栏</translation>
    </message>
    <message>
        <source>made from the headline when empty</source>
        <translation>留空时按标题产生</translation>
    </message>
    <message>
        <source>From Headline</source>
        <translation>按标题产生</translation>
    </message>
    <message>
        <source>Make slug</source>
        <translation>产生网址别名</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;ction</source>
        <translation>栏目(&amp;C)</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>专栏(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>署名(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 本報記者 陳大文</source>
        <translation>例如：本报记者 陈大文</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 美通社 / PR Newswire</source>
        <translation>例如：美通社 / PR Newswire</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>电头(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. BEIJING</source>
        <translation>例如：北京</translation>
    </message>
    <message>
        <source>&amp;Publish time</source>
        <translation>发布时间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Embargo until</source>
        <translation>禁发截止(&amp;E)</translation>
    </message>
    <message>
        <source>Original lin&amp;k</source>
        <translation>原文链接(&amp;K)</translation>
    </message>
    <message>
        <source>Cre&amp;dit</source>
        <translation>来源说明(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. source: Xinhua Silk Road</source>
        <translation>例如：source: Xinhua Silk Road</translation>
    </message>
    <message>
        <source>Slu&amp;g</source>
        <translation>网址别名(&amp;G)</translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>e.g. 與拍賣官看藝術</source>
        <translation>例如：与拍卖官看艺术</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>标题下的一两句</translation>
    </message>
    <message>
        <source>&amp;Kicker</source>
        <translation>引题(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>标题(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;tandfirst</source>
        <translation>导语(&amp;T)</translation>
    </message>
    <message>
        <source>The wire put this story out at %1; it goes live here when you publish or schedule it.</source>
        <translation>通讯社于 %1 发出此稿；稿件要待你发布或排程后才会上线。</translation>
    </message>
    <message>
        <source>Look twice: %1.</source>
        <translation>请再核对：%1。</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>Section: %1
Language: %2
Status: %3
Updated: %4 by %5
Version: %6

Editing articles comes in a later version of PortalDesk.</source>
        <translation>栏目：%1
语言：%2
状态：%3
更新：%4，由 %5
版本：%6

较新版本的 PortalDesk 才可编辑文章。</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>%1 is editing since %2 (%3)</source>
        <translation>%1 自 %2 起正在编辑（%3）</translation>
    </message>
    <message>
        <source>%1 · 1 edit behind</source>
        <translation>%1 · 落后 1 次修改</translation>
    </message>
    <message>
        <source>%1 · %2 edits behind</source>
        <translation>%1 · 落后 %2 次修改</translation>
    </message>
    <message numerus="yes">
        <source>This translation is %n edit(s) behind its original; open it to see what changed.</source>
        <translation>
            <numerusform>这篇译文落后原文 %n 次修改；开启即可查看改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired with its version in %1</source>
        <translation>已与其%1版本配对</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticleListView</name>
    <message>
        <source>Search headlines, kickers and bylines</source>
        <translation>搜索标题、引题及署名</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show articles in this status</source>
        <translation>显示此状态的文章</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有栏目</translation>
    </message>
    <message>
        <source>Show articles in this section</source>
        <translation>显示此栏目的文章</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Show articles in this language</source>
        <translation>显示此语言的文章</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审阅中</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open a portal database to see its articles, or create a new one to start from scratch.</source>
        <translation>打开网站数据库以查看其文章，或添加一个由零开始。</translation>
    </message>
    <message>
        <source>No articles match</source>
        <translation>没有相符的文章</translation>
    </message>
    <message>
        <source>Try other words, or set the filters back to “All”.</source>
        <translation>请试用其他字词，或把筛选设回“所有”。</translation>
    </message>
    <message>
        <source>No articles yet</source>
        <translation>尚未有文章</translation>
    </message>
    <message>
        <source>This database has no articles. Articles you write or import will show here.</source>
        <translation>此数据库没有文章。你撰写或导入的文章会在此显示。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>开启(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <source>Show T&amp;rash…</source>
        <translation>显示垃圾桶(&amp;R)…</translation>
    </message>
    <message>
        <source>Show &amp;All Articles</source>
        <translation>显示所有文章(&amp;A)</translation>
    </message>
    <message>
        <source>Both versions of “%1”</source>
        <translation>「%1」的两个版本</translation>
    </message>
    <message>
        <source>Show &amp;Both Versions</source>
        <translation>显示两个版本(&amp;B)</translation>
    </message>
    <message>
        <source>This article has no version in another language.</source>
        <translation>此文章没有其他语言的版本。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ArticlePicker</name>
    <message>
        <source>Choose Article</source>
        <translation>选择文章</translation>
    </message>
    <message>
        <source>Search headlines</source>
        <translation>搜索标题</translation>
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
        <translation>复原</translation>
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
        <translation>%1 保持不变：%2。对方关闭后才可移到垃圾桶。</translation>
    </message>
    <message>
        <source>Take Off the Portal?</source>
        <translation>从网站撤下？</translation>
    </message>
    <message>
        <source>%1 is public or scheduled on the portal. In the trash it leaves the portal at the next export: its page and address go, with no redirect left behind. Restoring it from the trash brings it back as it was.

Move it to the trash?</source>
        <translation>%1 已在网站公开或已排程。移到垃圾桶后，下次汇出时会从网站撤下：其页面及网址会消失，不会留下转址。从垃圾桶还原可令它按原样回来。

移到垃圾桶？</translation>
    </message>
    <message>
        <source>%1 is still open in its tab, so it stays.</source>
        <translation>%1 仍在分页中开启，因此保留。</translation>
    </message>
    <message>
        <source>%1 could not go to the trash: %2</source>
        <translation>%1 无法移到垃圾桶：%2</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>已将 %1 移到垃圾桶</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash</source>
        <translation>
            <numerusform>已将 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to Trash</source>
        <translation>将 %1 移到垃圾桶</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Article(s) to Trash</source>
        <translation>
            <numerusform>将 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash again</source>
        <translation>
            <numerusform>已再次将 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 from the trash</source>
        <translation>已从垃圾桶还原 %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) from the trash</source>
        <translation>
            <numerusform>已从垃圾桶还原 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently?</source>
        <translation>永久删除？</translation>
    </message>
    <message>
        <source>Delete %1 for good, with its history? This cannot be undone.</source>
        <translation>永久删除 %1 及其修订记录？此操作无法复原。</translation>
    </message>
    <message>
        <source>Deleted %1 for good</source>
        <translation>已永久删除 %1</translation>
    </message>
    <message>
        <source>Empty Trash?</source>
        <translation>清空垃圾桶？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the trash for good, with their history? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除垃圾桶内的 %n 篇文章及其修订记录？此操作无法复原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s) from the trash for good</source>
        <translation>
            <numerusform>已从垃圾桶永久删除 %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::BodyEditor</name>
    <message>
        <source>Write the story in Markdown…</source>
        <translation>以 Markdown 撰写内文…</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold</comment>
        <translation>粗</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>粗体文本</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic</comment>
        <translation>斜</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>斜体文本</translation>
    </message>
    <message>
        <source>H</source>
        <comment>heading</comment>
        <translation>题</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>小标题</translation>
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
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Insert a photo from a file</source>
        <translation>从文件插入照片</translation>
    </message>
    <message>
        <source>→ 简</source>
        <translation>→ 简</translation>
    </message>
    <message>
        <source>Convert the selection (or the whole text) to Simplified Chinese</source>
        <translation>把所选文本（或全文）转换为简体中文</translation>
    </message>
    <message>
        <source>→ 繁</source>
        <translation>→ 繁</translation>
    </message>
    <message>
        <source>Convert the selection (or the whole text) to Traditional Chinese (Hong Kong)</source>
        <translation>把所选文字（或全文）转换为繁体中文（香港）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Link (https://…):</source>
        <translation>链接 (https://…)：</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>链接文本</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::CategoryListModel</name>
    <message>
        <source>“%1” is already in the list</source>
        <translation>“%1”已在列表中</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Converted from the Traditional name. Type a name to use your own.</source>
        <translation>由繁体名称转换而来。输入名称即可改用你自订的名称。</translation>
    </message>
    <message>
        <source>Sort by Stroke Count</source>
        <translation>按笔画排序</translation>
    </message>
    <message>
        <source>“%1” is no longer in the list</source>
        <translation>“%1”已不在列表中</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ConflictDialog</name>
    <message>
        <source>Someone Else Saved This Article</source>
        <translation>其他人已保存此文章</translation>
    </message>
    <message>
        <source>Theirs (version %1, %2)</source>
        <translation>对方的（第 %1 版，%2）</translation>
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
        <translation>对方的</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing has been overwritten.</source>
        <translation>没有内容被覆盖。</translation>
    </message>
    <message>
        <source>Their changes to %1 are kept.</source>
        <translation>已保留对方对%1的修改。</translation>
    </message>
    <message>
        <source>Your changes to %1 are kept.</source>
        <translation>已保留你对%1的修改。</translation>
    </message>
    <message>
        <source>Body paragraphs only one of you changed are merged.</source>
        <translation>只有一方修改的正文段落已合并。</translation>
    </message>
    <message>
        <source>You both changed what is listed below; choose what to keep for each. Conflicts: %1.</source>
        <translation>以下内容双方都改了，请逐项选择保留哪个版本。冲突：%1 项。</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Before (version %1)</source>
        <translation>修改前（第 %1 版）</translation>
    </message>
    <message>
        <source>Theirs (version %1)</source>
        <translation>对方（第 %1 版）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Body, paragraph %1</source>
        <translation>正文第 %1 段</translation>
    </message>
    <message>
        <source>Both (mine first)</source>
        <translation>两者（我的在前）</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>%1：保留哪个版本</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>Save Merge</source>
        <translation>保存合并</translation>
    </message>
    <message>
        <source>Discard My Edits</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Show their version instead of mine (Undo brings mine back)</source>
        <translation>改为显示对方的版本（撤销可找回我的修改）</translation>
    </message>
    <message>
        <source>Save the merged article on top of their version</source>
        <translation>在对方版本之上保存合并后的文章</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <translation>尚待选择：%1 项</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ConnectDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>把密码记在系统钥匙圈(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Newsroom Server</source>
        <translation>连接编辑室伺服器</translation>
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
        <translation>你的伺服器登入名称，例如 chan.tai.man</translation>
    </message>
    <message>
        <source>Verify the server (verify-full)</source>
        <translation>验证伺服器（verify-full）</translation>
    </message>
    <message>
        <source>Verify the certificate authority only (verify-ca)</source>
        <translation>只验证凭证机构（verify-ca）</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>加密，不验证（require）</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>伺服器支援时加密（prefer）</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>不加密（disable）</translation>
    </message>
    <message>
        <source>the newsroom&apos;s CA certificate (.crt, .pem)</source>
        <translation>编辑室的 CA 凭证（.crt、.pem）</translation>
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
        <translation>连接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>资料库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 档案(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>The password is kept only in the system keychain, never in a file.</source>
        <translation>密码只存于系统钥匙圈，绝不写入档案。</translation>
    </message>
    <message>
        <source>No system keychain (%1): PortalDesk asks for the password each time and never writes it to a file.</source>
        <translation>没有系统钥匙圈（%1）：PortalDesk 每次都会询问密码，绝不把它写入档案。</translation>
    </message>
    <message>
        <source>The Newsroom&apos;s CA Certificate</source>
        <translation>编辑室的 CA 凭证</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>凭证 (*.crt *.pem *.cer);;所有档案 (*)</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>请输入伺服器的名称或地址。</translation>
    </message>
    <message>
        <source>Give the portal&apos;s database name.</source>
        <translation>请输入网站的资料库名称。</translation>
    </message>
    <message>
        <source>Give your server login.</source>
        <translation>请输入你的伺服器登入名称。</translation>
    </message>
    <message>
        <source>There is no CA file at %1.</source>
        <translation>%1 没有 CA 档案。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::DuplicateDialog</name>
    <message>
        <source>Already in the Portal</source>
        <translation>入口网站已有此稿</translation>
    </message>
    <message>
        <source>%1 matches an article that is already in the portal:
“%2”</source>
        <translation>%1 与入口网站已有的文章相符：
「%2」</translation>
    </message>
    <message>
        <source>Matched by: %1</source>
        <translation>相符之处：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>最后更新：%1</translation>
    </message>
    <message>
        <source>Last updated: %1 by %2</source>
        <translation>最后更新：%1，由 %2</translation>
    </message>
    <message>
        <source>Text: %1 % the same</source>
        <translation>文字：%1% 相同</translation>
    </message>
    <message>
        <source>Open the existing article, update it from this copy (a new version in its History), or import the copy as a second article?</source>
        <translation>要开启现有文章、以这份稿件更新它（在其历史记录中新增一个版本），还是把稿件汇入为第二篇文章？</translation>
    </message>
    <message>
        <source>&amp;Open Existing</source>
        <translation>开启现有文章(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Update Existing</source>
        <translation>更新现有文章(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation>仍然汇入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::EditFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::EditLockBar</name>
    <message>
        <source>&amp;Take Over</source>
        <translation>接手编辑(&amp;T)</translation>
    </message>
    <message>
        <source>Could not take over “%1”: %2</source>
        <translation>无法接手「%1」：%2</translation>
    </message>
    <message>
        <source>You took over “%1” from %2.</source>
        <translation>你已从 %2 接手「%1」。</translation>
    </message>
    <message>
        <source>%1 is editing since %2 (%3). You can read the article; it follows their saves.</source>
        <translation>%1 自 %2 起正在编辑（%3）。你可阅读此文章，内容会随对方储存而更新。</translation>
    </message>
    <message>
        <source>%1 took over this article at %2 (%3). It is read-only for you now; your unsaved changes are kept as a recovery copy and stay here to copy from.</source>
        <translation>%1 于 %2 接手了此文章（%3）。你现在只可阅读；你未储存的修改已保留为复原副本，并留在此处供复制。</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>唯读：%1</translation>
    </message>
    <message>
        <source>Colleagues cannot see that you are editing this article: %1</source>
        <translation>同事看不到你正在编辑此文章：%1</translation>
    </message>
    <message>
        <source>Edit this article yourself; the colleague&apos;s editor turns read-only and keeps their unsaved text as a recovery copy</source>
        <translation>由你编辑此文章；同事的编辑器会变为唯读，并把其未储存的文字保留为复原副本</translation>
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
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>关闭前要保存“%1”的更改吗？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如不保存，你的更改将会遗失。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>PortalDesk stopped before “%1” was saved.</source>
        <translation>PortalDesk 在“%1”保存前停止了。</translation>
    </message>
    <message>
        <source>Your unsaved changes from %1 were kept. Restore them in a tab?</source>
        <translation>你在 %1 未保存的更改已保留。要在标签页中还原吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>添加文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Article</source>
        <translation>保存文章(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Article…</source>
        <translation>还原文章(&amp;V)…</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>查找及替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Convert to &amp;Simplified</source>
        <translation>转换为简体(&amp;S)</translation>
    </message>
    <message>
        <source>Convert to &amp;Traditional</source>
        <translation>转换为繁体(&amp;T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Your unsaved changes to “%1” are kept as a recovery copy; PortalDesk offers them back when it next starts.</source>
        <translation>你对「%1」未储存的修改已保留为复原副本；PortalDesk 下次启动时会提供还原。</translation>
    </message>
    <message>
        <source>New article (%1)</source>
        <translation>新增文章 (%1)</translation>
    </message>
    <message>
        <source>Open or create a database first (File menu)</source>
        <translation>请先开启或建立资料库（「档案」选单）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::ExportDialog</name>
    <message>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>Zip 档(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ull: write every page again</source>
        <translation>完整(&amp;U)：重新写入每一页</translation>
    </message>
    <message>
        <source>&amp;Incremental: only pages whose content changed</source>
        <translation>增量(&amp;I)：只写入内容有变的页面</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>导出网站包</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>第 %v / %m 页</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>网站包的文件夹</translation>
    </message>
    <message>
        <source>portal.zip</source>
        <translation>portal.zip</translation>
    </message>
    <message>
        <source>The default theme</source>
        <translation>默认主题</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>导出至：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出至文件夹</translation>
    </message>
    <message>
        <source>Export to Zip File</source>
        <translation>导出至 Zip 档</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩档 (*.zip)</translation>
    </message>
    <message>
        <source>Theme Folder</source>
        <translation>主题文件夹</translation>
    </message>
    <message>
        <source>Choose the zip file to write.</source>
        <translation>请选择要写入的 zip 档。</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>请选择导出的文件夹。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the portal…</source>
        <translation>正在读取网站…</translation>
    </message>
    <message>
        <source>Writing pages: %1 of %2</source>
        <translation>正在写入页面：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling… the previous bundle stays as it was.</source>
        <translation>正在取消… 之前的网站包会维持原状。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Exported to %1
%2 pages written, %3 unchanged, %4 removed; %5 in %6 s.</source>
        <translation>已导出至 %1
写入 %2 页、%3 页不变、移除 %4 页；共 %5，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Export cancelled. The previous bundle is unchanged.</source>
        <translation>导出已取消。之前的网站包维持不变。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n old address(es) of renamed pages redirect to the new ones.</source>
        <translation>
            <numerusform>%n 个已改名页面的旧网址会转至新网址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未有汇出：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::FeedPoller</name>
    <message>
        <source>give a feed&apos;s address or file</source>
        <translation>请提供讯息来源的网址或档案</translation>
    </message>
    <message>
        <source>%1 is followed already</source>
        <translation>已在追踪 %1</translation>
    </message>
    <message>
        <source>a poll is running; remove the feed after it</source>
        <translation>正在读取讯息来源；请稍后再移除</translation>
    </message>
    <message>
        <source>open a portal first</source>
        <translation>请先开启网站</translation>
    </message>
    <message>
        <source>%1: left alone, %2 is polling it now</source>
        <translation>%1：已略过，%2 正在读取此订阅源</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::LinkTranslationDialog</name>
    <message>
        <source>Link Translation</source>
        <translation>连结译文</translation>
    </message>
    <message>
        <source>Pair “%1” with its version in %2:</source>
        <translation>将「%1」与其%2版本配对：</translation>
    </message>
    <message>
        <source>Search headlines and text</source>
        <translation>搜寻标题及内文</translation>
    </message>
    <message>
        <source>The chosen article is the &amp;original; this one is its translation</source>
        <translation>所选文章是原文(&amp;O)；这篇是其译文</translation>
    </message>
    <message>
        <source>&amp;This article is the original; the chosen one is its translation</source>
        <translation>这篇文章是原文(&amp;T)；所选文章是其译文</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>连结(&amp;L)</translation>
    </message>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>（没有标题）</translation>
    </message>
    <message>
        <source> · already paired with another story</source>
        <translation> · 已与另一则报道配对</translation>
    </message>
    <message>
        <source>There is no article in %1 yet.</source>
        <translation>尚未有%1文章。</translation>
    </message>
    <message>
        <source>No article in %1 matches “%2”.</source>
        <translation>没有%1文章符合「%2」。</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
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
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic fix: edit the text by hand.</source>
        <translation>无法自动修正：请手动修改文本。</translation>
    </message>
    <message>
        <source>Fix: remove the marked characters.</source>
        <translation>修正：删除标示的字符。</translation>
    </message>
    <message>
        <source>Fix: replace with “%1”.</source>
        <translation>修正：替换为“%1”。</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <source>Attach as Photo</source>
        <translation>加为相片</translation>
    </message>
    <message>
        <source>Fetch the picture, add it to the article&apos;s photos with its description as caption, and take it out of the text</source>
        <translation>下载图片，以其描述作图片说明加入文章的相片，并从正文移除</translation>
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
Git 修订版本 %2
数据库结构版本 %3

为香港双语新闻网站而设的桌面编采系统。

以 Qt %4 构建。</translation>
    </message>
    <message>
        <source>PortalDesk portal files (*.portaldesk.json);;JSON files (*.json)</source>
        <translation>PortalDesk 网站文件 (*.portaldesk.json);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Open Portal File</source>
        <translation>打开网站文件</translation>
    </message>
    <message>
        <source>Open &amp;Portal File…</source>
        <translation>打开网站文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Could not read the articles: %1</source>
        <translation>无法读取文章：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PortalDesk</source>
        <translation>关于 PortalDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Sections and &amp;Columns…</source>
        <translation>栏目及专栏(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Promos</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>P&amp;romos</source>
        <translation>推广(&amp;R)</translation>
    </message>
    <message>
        <source>No Database Open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open or create a portal database first.</source>
        <translation>请先打开或添加网站数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>PortalDesk could not open “%1”.</source>
        <translation>PortalDesk 无法打开“%1”。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PortalDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db)</source>
        <translation>PortalDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” already exists. Use Open Database… to open it.</source>
        <translation>“%1”已存在。请用“打开数据库…”打开。</translation>
    </message>
    <message>
        <source>About PortalDesk</source>
        <translation>关于 PortalDesk</translation>
    </message>
    <message>
        <source>PortalDesk</source>
        <translation>PortalDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 — PortalDesk</source>
        <translation>%1 — PortalDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
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
        <translation>编辑工具列</translation>
    </message>
    <message>
        <source>&amp;Import Wire Copy…</source>
        <translation>导入通稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Wire &amp;Feeds…</source>
        <translation>通讯社订阅源(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) made from wire feeds</source>
        <translation>
            <numerusform>已从通讯社订阅源创建 %n 篇草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Newsroom &amp;Server…</source>
        <translation>连接编辑室伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身分连接 %1。</translation>
    </message>
    <message>
        <source>Back online: the newsroom server answers again.</source>
        <translation>已恢复连线：编辑室伺服器再次回应。</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting… (next try in %n s)</source>
        <translation>
            <numerusform>离线 — 正在重新连接…（%n 秒后再试）</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the newsroom server was lost. Open articles stay as they are and are kept in recovery copies; saving works again once PortalDesk is back online.</source>
        <translation>与编辑室伺服器的连线中断了。已开启的文章保持原状，并保留为复原副本；PortalDesk 恢复连线后即可再储存。</translation>
    </message>
    <message>
        <source>P&amp;ublish to Web Server…</source>
        <translation>发布到网站伺服器(&amp;U)…</translation>
    </message>
    <message>
        <source>Export and put the portal live on its web server, or roll it back</source>
        <translation>汇出网站并在网站伺服器上线，或回复上一版</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::NotesField</name>
    <message>
        <source>Notes for the desk: readers never see them, on any page or feed</source>
        <translation>给编辑部的备注：读者在任何网页或讯息来源中都不会看到</translation>
    </message>
    <message>
        <source>For the desk, never published: a release&apos;s boilerplate and media contacts, a note to the sub-editor…</source>
        <translation>只供编辑部，永不发布：新闻稿的公司简介及传媒联络、给副编辑的留言…</translation>
    </message>
    <message>
        <source>Desk notes (never published)</source>
        <translation>编辑部备注（不会发布）</translation>
    </message>
    <message>
        <source>Desk notes (never published) · 1 line</source>
        <translation>编辑部备注（不会发布）· 1 行</translation>
    </message>
    <message>
        <source>Desk notes (never published) · %1 lines</source>
        <translation>编辑部备注（不会发布）· %1 行</translation>
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
        <translation>标记为已更新(&amp;M)</translation>
    </message>
    <message>
        <source>Record that the translation now says what its original says</source>
        <translation>记录译文现已与原文内容一致</translation>
    </message>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>无法读取修改：%1</translation>
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
        <translation>「%1」（%2）自第 %3 版（译文上次更新时，%4）以来：%5。</translation>
    </message>
    <message>
        <source>“%1” (%2) since version %3, when %4 last brought the translation up to date (%5): %6.</source>
        <translation>「%1」（%2）自第 %3 版（%4 上次更新译文时，%5）以来：%6。</translation>
    </message>
    <message>
        <source>Not marked up to date: %1</source>
        <translation>未能标记为已更新：%1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PartnerView</name>
    <message>
        <source>Partner&apos;s body, read-only</source>
        <translation>配对文章的内文（唯读）</translation>
    </message>
    <message>
        <source>Close the side-by-side view</source>
        <translation>关闭并排显示</translation>
    </message>
    <message>
        <source>The other version could not be read: %1</source>
        <translation>无法读取另一版本：%1</translation>
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
        <translation>这部电脑没有执行中的系统钥匙圈（例如 GNOME Keyring）</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>系统钥匙圈拒绝存取（%1）</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系统钥匙圈没有回应</translation>
    </message>
    <message>
        <source>the password was not remembered (%1); PortalDesk will ask for it next time</source>
        <translation>密码没有记住（%1）；PortalDesk 下次会再询问</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PhotoDialog</name>
    <message>
        <source>Insert Photo</source>
        <translation>插入照片</translation>
    </message>
    <message>
        <source>“%1” is not a picture PortalDesk can read.</source>
        <translation>PortalDesk 无法读取图片“%1”。</translation>
    </message>
    <message>
        <source>What the photo shows, for readers</source>
        <translation>照片内容说明（供读者阅读）</translation>
    </message>
    <message>
        <source>e.g. 新華社 / Xinhua</source>
        <translation>例如：新华社 / Xinhua</translation>
    </message>
    <message>
        <source>Describes the photo for screen readers</source>
        <translation>供屏幕阅读器描述照片</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>图片说明(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>来源说明(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>替代文本(&amp;A)：</translation>
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
        <translation>照片</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Picture to be attached</source>
        <translation>图片待补充</translation>
    </message>
    <message>
        <source>Insert Photo</source>
        <translation>插入照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <source>Insert photo</source>
        <translation>插入照片</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>附上照片…</translation>
    </message>
    <message>
        <source>Choose the picture for a caption that came without one</source>
        <translation>为未附照片的图片说明选择照片</translation>
    </message>
    <message>
        <source>This caption came without a picture. Use Attach Picture… or double-click to add it.</source>
        <translation>这段图片说明没有附带图片。请点“附上照片…”或双击补上。</translation>
    </message>
    <message>
        <source>Attach Picture</source>
        <translation>附上照片</translation>
    </message>
    <message>
        <source>Attach picture</source>
        <translation>附上照片</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PortalFileImport</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>无法载入 %1：%2</translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation>从 %1 载入</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入 %1…</translation>
    </message>
    <message>
        <source>“%1” already exists. A portal file is loaded into a new database only: choose another name.</source>
        <translation>“%1”已存在。网站文件只会载入新的数据库：请另选名称。</translation>
    </message>
    <message>
        <source>PortalDesk databases (*.sqlite *.db)</source>
        <translation>PortalDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open Portal File</source>
        <translation>打开网站文件</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PreviewDock</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Open an article to see it as readers will.</source>
        <translation>打开文章，即可看到读者所见的版面。</translation>
    </message>
    <message>
        <source>Show the %1 edition</source>
        <translation>显示%1版</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Show the page %1 pixels wide, as on a phone</source>
        <translation>以 %1 像素宽度显示页面，一如在手机上</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Front Page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Links between portal pages work in the exported site; the preview stays on this page.</source>
        <translation>网站页面之间的链接在导出的网站内有效；预览会停留在此页。</translation>
    </message>
    <message>
        <source>Open a database to preview its pages.</source>
        <translation>打开数据库以预览其页面。</translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation>无法显示预览：%1</translation>
    </message>
    <message>
        <source>“%1” has no English version yet. Translation ▸ Create English Translation Draft starts one.</source>
        <translation>「%1」尚未有英文版。可用「翻译 ▸ 建立英文翻译草稿」开始翻译。</translation>
    </message>
    <message>
        <source>“%1” has no Chinese version yet. Translation ▸ Create Chinese Translation Draft starts one.</source>
        <translation>「%1」尚未有中文版。可用「翻译 ▸ 建立中文翻译草稿」开始翻译。</translation>
    </message>
    <message>
        <source>The preview cannot be shown: cannot write %1: %2</source>
        <translation>无法显示预览：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoBoard</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
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
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>语文版</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>%1 (%2, %3 too wide)</source>
        <translation>%1（%2 则，%3 则过长）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>⚠ This promo’s text takes %1 columns; %2 fits %3. Shorten it by %4 (a Chinese character counts 2).</source>
        <translation>⚠ 此推广文本占 %1 栏；“%2”只容纳 %3 栏。请删减 %4 栏（一个汉字算 2 栏）。</translation>
    </message>
    <message>
        <source>%1 as readers see it now in the %2 edition.</source>
        <translation>读者现时在%2版看到的“%1”。</translation>
    </message>
    <message>
        <source>Nothing shows here now: the theme leaves the box out of the %1 edition.</source>
        <translation>此处现时没有内容：%1版不会显示这个方块。</translation>
    </message>
    <message>
        <source>Add Promo</source>
        <translation>添加推广</translation>
    </message>
    <message>
        <source>Duplicate Promo</source>
        <translation>复制推广</translation>
    </message>
    <message>
        <source>Move to &amp;Slot</source>
        <translation>移到其他版位(&amp;S)</translation>
    </message>
    <message>
        <source>Move the promo to another slot (or drag it onto a slot on the left)</source>
        <translation>把推广移到另一个版位（或把它拖到左侧的版位）</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoCommands</name>
    <message>
        <source>Delete Promo</source>
        <translation>删除推广</translation>
    </message>
    <message>
        <source>Edit Promo</source>
        <translation>编辑推广</translation>
    </message>
    <message>
        <source>Move Promo</source>
        <translation>移动推广</translation>
    </message>
    <message>
        <source>Move Promo to %1</source>
        <translation>把推广移到%1</translation>
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
        <translation>显示此推广</translation>
    </message>
    <message>
        <source>New Promo</source>
        <translation>添加推广</translation>
    </message>
    <message>
        <source>Edit Promo</source>
        <translation>编辑推广</translation>
    </message>
    <message>
        <source>e.g. 與拍賣官看藝術 (shown in 【】)</source>
        <translation>例如：与拍卖官看艺术（以【】显示）</translation>
    </message>
    <message>
        <source>The promo line readers see</source>
        <translation>读者看到的推广文本</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>版位：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>引题(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Call to action:</source>
        <translation>行动呼吁(&amp;C)：</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>链接(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>图片(&amp;I)：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>定时：</translation>
    </message>
    <message>
        <source>Times are in the portal’s time zone, %1.</source>
        <translation>时间以网站时区 %1 为准。</translation>
    </message>
    <message>
        <source>https://… or choose an article</source>
        <translation>https://… 或选择文章</translation>
    </message>
    <message>
        <source>Choose &amp;Article…</source>
        <translation>选择文章(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>use an https:// address</source>
        <translation>请用 https:// 网址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>版位</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <source>⚠ %1 columns: this slot fits %2. Shorten the text by %3 (a Chinese character counts 2).</source>
        <translation>⚠ 共 %1 栏：此版位只容纳 %2 栏。请把文本删减 %3 栏（一个汉字算 2 栏）。</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 / %2 栏</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>No article with this id</source>
        <translation>没有此编号的文章</translation>
    </message>
    <message>
        <source>简 kicker:</source>
        <translation>简体引题：</translation>
    </message>
    <message>
        <source>简 te&amp;xt:</source>
        <translation>简体文字(&amp;X)：</translation>
    </message>
    <message>
        <source>简 call to action:</source>
        <translation>简体行动呼吁：</translation>
    </message>
    <message>
        <source>What the Simplified (简) edition shows instead of converting the Traditional text, e.g. written Chinese for Cantonese. Empty: converted.</source>
        <translation>简体版改为显示的文字，不再由繁体自动转换，例如以书面语代替粤语。留空：自动转换。</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1，第 %2 栏：%3</translation>
    </message>
    <message>
        <source>简 texts</source>
        <translation>简体文字</translation>
    </message>
    <message>
        <source>Article Not Published</source>
        <translation>文章未发布</translation>
    </message>
    <message>
        <source>“%1” is not published (%2).</source>
        <translation>「%1」未发布（%2）。</translation>
    </message>
    <message>
        <source>The promo will not show on the portal until the article is published or scheduled. Link it anyway?</source>
        <translation>文章发布或排程之前，推广不会在入口网站显示。仍然连结吗？</translation>
    </message>
    <message>
        <source>&amp;Link Anyway</source>
        <translation>仍然连结(&amp;L)</translation>
    </message>
    <message>
        <source>Look twice: %1.</source>
        <translation>请再核对：%1。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PromoSlotModel</name>
    <message>
        <source>The promo is no longer in this slot.</source>
        <translation>此推广已不在这个版位。</translation>
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
        <translation>文本占 %1 栏；此版位只容纳 %2 栏。请删减。</translation>
    </message>
    <message>
        <source>The text takes %1 of the %2 columns this slot fits.</source>
        <translation>文本占此版位 %2 栏中的 %1 栏。</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
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
        <translation>长期</translation>
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
        <translation>页头 · 产品</translation>
    </message>
    <message>
        <source>Sidebar · feature</source>
        <translation>侧栏 · 专题</translation>
    </message>
    <message>
        <source>Sidebar · campaign</source>
        <translation>侧栏 · 活动</translation>
    </message>
    <message>
        <source>Sidebar · newsletter</source>
        <translation>侧栏 · 新闻简报</translation>
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
        <translation>排程前检查</translation>
    </message>
    <message>
        <source>Before Publishing</source>
        <translation>发布前检查</translation>
    </message>
    <message>
        <source>Schedule “%1” to go live at %2?</source>
        <translation>要把「%1」排程于 %2 上线吗？</translation>
    </message>
    <message>
        <source>Publish “%1” on the portal now?</source>
        <translation>要立即在入口网站发布「%1」吗？</translation>
    </message>
    <message>
        <source>Fix what is marked as an error first; nothing has been changed.</source>
        <translation>请先修正标示为错误的项目；目前未有任何改动。</translation>
    </message>
    <message>
        <source>Look at the warnings before you go on.</source>
        <translation>继续之前请先查看警告。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>前往栏位(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Schedule Anyway</source>
        <translation>仍然排程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>仍然发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>排程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>回复上一版(&amp;R)…</translation>
    </message>
    <message>
        <source>Publish to Web Server</source>
        <translation>发布到网站伺服器</translation>
    </message>
    <message>
        <source>e.g. live</source>
        <translation>例如 live</translation>
    </message>
    <message>
        <source>Saved with the portal under this name, for everyone who publishes it.</source>
        <translation>以此名称与网站一并储存，供所有发布此网站的人使用。</translation>
    </message>
    <message>
        <source>deploy@web1:/srv/www/news or a folder</source>
        <translation>deploy@web1:/srv/www/news 或资料夹</translation>
    </message>
    <message>
        <source>A folder (a mounted web root) or an SSH address: user@host:/folder or ssh://user@host:port/folder. SSH keys come from your agent; nothing asks for a password. Point the web server at the folder&apos;s “current”.</source>
        <translation>资料夹（已挂载的网站根目录）或 SSH 位址：user@host:/folder 或 ssh://user@host:port/folder。SSH 金钥来自你的 agent，不会要求输入密码。请把网站伺服器指向该资料夹的「current」。</translation>
    </message>
    <message>
        <source> releases</source>
        <translation> 个版本</translation>
    </message>
    <message>
        <source>Older releases are removed; the live one always stays, so you can roll back.</source>
        <translation>较旧的版本会被移除；上线中的版本一定保留，以便回复。</translation>
    </message>
    <message>
        <source>&amp;Saved targets:</source>
        <translation>已储存的目标(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
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
        <translation>无法读取网站设定：%1</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>新目标…</translation>
    </message>
    <message>
        <source>The target was not saved: %1</source>
        <translation>目标未有储存：%1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Exporting the portal…</source>
        <translation>正在汇出网站…</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回复上一版</translation>
    </message>
    <message>
        <source>Put the release before the live one back on %1? Readers see the earlier pages at once.</source>
        <translation>要在 %1 换回上线版本之前的一版吗？读者会即时看到较早的页面。</translation>
    </message>
    <message>
        <source>Switching back…</source>
        <translation>正在换回…</translation>
    </message>
    <message>
        <source>%p% sent</source>
        <translation>已传送 %p%</translation>
    </message>
    <message>
        <source>Sending the changed files to %1…</source>
        <translation>正在把有改动的档案传送到 %1…</translation>
    </message>
    <message>
        <source>%v of %m pages</source>
        <translation>%v / %m 页</translation>
    </message>
    <message>
        <source>Cancelling… the live site stays as it was.</source>
        <translation>正在取消…上线中的网站维持不变。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Rolled back on %1: release %2 is live again (was %3).</source>
        <translation>已在 %1 回复：版本 %2 重新上线（之前为 %3）。</translation>
    </message>
    <message>
        <source>Published to %1: release %2 is live.</source>
        <translation>已发布到 %1：版本 %2 已上线。</translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) sent (%1); the rest linked from the release before.</source>
        <translation>
            <numerusform>已传送 %n 个有改动的档案（%1）；其余沿用上一版。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未有发布：%1</translation>
    </message>
    <message>
        <source>Publishing cancelled. The live site is unchanged.</source>
        <translation>已取消发布。上线中的网站维持不变。</translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation>回复失败：%1</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>Last: %1 — %2</source>
        <translation>上次：%1 — %2</translation>
    </message>
    <message>
        <source>Switching back… it cannot be stopped halfway; the window closes when it is done.</source>
        <translation>正在换回…换回不能中途停止；完成后视窗会自动关闭。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::RevisionDialog</name>
    <message>
        <source>Revision History</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>还原此版本</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Show &amp;changes</source>
        <translation>显示修改(&amp;C)</translation>
    </message>
    <message>
        <source>Mark what the selected version changed since the one before it; select two versions (Ctrl+click) to compare them</source>
        <translation>标示所选版本相对上一版本的修改；选择两个版本（Ctrl+单击）可互相比较</translation>
    </message>
    <message>
        <source>version %1 (%2, %3)</source>
        <translation>第 %1 版（%2，%3）</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>从%1到%2的修改</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::SectionsDialog</name>
    <message>
        <source>New Section</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>New Column</source>
        <translation>添加专栏</translation>
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
        <translation>代码(&amp;K)（用于网址）：</translation>
    </message>
    <message>
        <source>&amp;Traditional Chinese:</source>
        <translation>繁体中文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Simplified Chinese:</source>
        <translation>简体中文(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>Sections and Columns</source>
        <translation>栏目及专栏</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>栏目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>专栏(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>添加栏目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Column…</source>
        <translation>添加专栏(&amp;A)…</translation>
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
        <translation>按笔画排序(&amp;T)</translation>
    </message>
    <message>
        <source>Orders the list by the Traditional Chinese names, fewest strokes first (the order of Hong Kong indexes).</source>
        <translation>按繁体中文名称排序，笔画少者在前（香港索引常用的次序）。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove “%1” (%2)? Pages for it disappear from the next export.</source>
        <translation>要移除“%1”（%2）吗？下次导出时，其页面将会消失。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Drag rows to change the order readers see. Double-click a name to edit it. Changes are saved at once; Undo takes them back.</source>
        <translation>拖动各行以更改读者看到的顺序。双击名称即可编辑。更改会立即保存；点击“撤销”可还原。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>打开其他(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>House Style and Interface</source>
        <translation>编辑规范及界面</translation>
    </message>
    <message>
        <source>No space between Chinese and Latin (香港HKEX 2023年)</source>
        <translation>中文与拉丁字母之间不留空格（香港HKEX 2023年）</translation>
    </message>
    <message>
        <source>A space between Chinese and Latin (香港 HKEX 2023 年)</source>
        <translation>中文与拉丁字母之间留空格（香港 HKEX 2023 年）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time PortalDesk starts.</source>
        <translation>新的界面语言会在下次启动 PortalDesk 时生效。</translation>
    </message>
    <message>
        <source>CJK–Latin &amp;spacing:</source>
        <translation>中英文间距(&amp;S)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional):</source>
        <translation>名称（繁体）(&amp;T)：</translation>
    </message>
    <message>
        <source>Name (S&amp;implified):</source>
        <translation>名称（简体）(&amp;I)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>网站网址(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Default e&amp;dition:</source>
        <translation>默认语文版(&amp;D)：</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>The default theme</source>
        <translation>默认主题</translation>
    </message>
    <message>
        <source>A folder of Mustache templates and CSS, copied from the default theme and changed. The live preview and the export use it.</source>
        <translation>一个包含 Mustache 模板和 CSS 的文件夹，由默认主题复制后修改而成。实时预览和导出都会使用它。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Theme Folder</source>
        <translation>主题文件夹</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>你的名字(&amp;Y)：</translation>
    </message>
    <message>
        <source>Shown in History and as “Updated by” for your saves to a portal file</source>
        <translation>在修订记录及“更新者”中显示，用于你对网站文件的保存</translation>
    </message>
    <message>
        <source>On a newsroom server your saves carry the login you connected as</source>
        <translation>在编辑部服务器上，你的保存会记录你连接所用的登录名</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Use the &amp;Theme&apos;s</source>
        <translation>使用主题的(&amp;T)</translation>
    </message>
    <message>
        <source>The site&apos;s favicon, phone home-screen icon and the publisher logo search engines show are made from it. Square pictures work best.</source>
        <translation>网站的 favicon、手机主画面图示及搜寻引擎显示的发布者标志都由它制作。正方形图片效果最好。</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>标志(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose the Portal&apos;s Logo</source>
        <translation>选择网站标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.gif *.svg)</translation>
    </message>
    <message>
        <source>The portal&apos;s own</source>
        <translation>网站自己的</translation>
    </message>
    <message>
        <source>The theme&apos;s</source>
        <translation>主题的</translation>
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
        <translation>改用自动转换</translation>
    </message>
    <message>
        <source>Empty: the Simplified edition converts the body above phrase by phrase (e.g. 頭髮 → 头发).</source>
        <translation>留空：简体版会把上面的正文逐词转换（例如 頭髮 → 头发）。</translation>
    </message>
    <message>
        <source>Fill from Conversion</source>
        <translation>用转换结果填入</translation>
    </message>
    <message>
        <source>Start from the converter&apos;s Simplified text of the body</source>
        <translation>以转换器生成的简体正文为起点</translation>
    </message>
    <message>
        <source>Empty this text, so the Simplified edition follows the body again</source>
        <translation>清空这段文字，让简体版重新跟随正文</translation>
    </message>
    <message>
        <source>Fill Simplified edition</source>
        <translation>填入简体版</translation>
    </message>
    <message>
        <source>The Simplified edition now has its own text; edit it as the Mainland desk needs.</source>
        <translation>简体版现在有自己的文字；可按内地编辑部的需要修改。</translation>
    </message>
    <message>
        <source>Use conversion for Simplified edition</source>
        <translation>简体版改用自动转换</translation>
    </message>
    <message>
        <source>The Simplified (简) edition shows this text instead of converting the body.</source>
        <translation>简体（简）版会显示这段文字，而不转换正文。</translation>
    </message>
    <message>
        <source>The Simplified (简) edition converts the body automatically.</source>
        <translation>简体（简）版会自动转换正文。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::TranslationBar</name>
    <message>
        <source>Show &amp;Changes…</source>
        <translation>显示修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Mark Up to Date</source>
        <translation>标记为已更新(&amp;M)</translation>
    </message>
    <message>
        <source>What changed in the original since this translation was last brought up to date</source>
        <translation>自译文上次更新以来原文的改动</translation>
    </message>
    <message>
        <source>Record that this translation now says what its original says</source>
        <translation>记录这篇译文现已与原文内容一致</translation>
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
        <translation>这篇译文落后原文 %1：「%2」在译文上次更新（%3）后有所修改。</translation>
    </message>
    <message>
        <source>This translation is behind its original by %1: “%2” changed after %3 last brought the translation up to date (%4).</source>
        <translation>这篇译文落后原文 %1：「%2」在 %3 上次更新译文（%4）后有所修改。</translation>
    </message>
    <message>
        <source>Not marked up to date: %1</source>
        <translation>未能标记为已更新：%1</translation>
    </message>
    <message>
        <source>Marked up to date with “%1”.</source>
        <translation>已标记为与「%1」一致。</translation>
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
        <translation>垃圾桶内的文章不会出现在任何列表、搜寻或汇出中。还原后会按原样连同修订记录放回。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>移除者</translation>
    </message>
    <message>
        <source>Moved at</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>清空垃圾桶(&amp;E)…</translation>
    </message>
    <message>
        <source>Could not read the trash: %1</source>
        <translation>无法读取垃圾桶：%1</translation>
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
            <numerusform>…还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Open or create a portal database first.</source>
        <translation>请先打开或添加网站数据库。</translation>
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation>导入通稿</translation>
    </message>
    <message>
        <source>Wire copy (*.txt);;All files (*)</source>
        <translation>通稿 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted copy</source>
        <translation>粘贴的稿件</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何稿件。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n draft(s) from wire copy:</source>
        <translation>
            <numerusform>已从通稿创建 %n 份草稿：</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>请检查：</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>已略去：</translation>
    </message>
    <message numerus="yes">
        <source>The company boilerplate and media contacts of %n release(s) were kept out of the body (see Details).</source>
        <translation>
            <numerusform>%n 篇稿件的公司简介及媒体联络资料已从正文移出（见详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of portal menus, promos and wire end marks were left out (see Details).</source>
        <translation>
            <numerusform>已略去 %n 行网站菜单、推广及通讯社结束标记（见详细信息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept out of the body:</source>
        <translation>已从正文移出：</translation>
    </message>
    <message>
        <source>Not updated:</source>
        <translation>未有更新：</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n existing article(s) from wire copy:</source>
        <translation>
            <numerusform>已由通讯社稿件更新 %n 篇现有文章：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WireFeedsDialog</name>
    <message>
        <source>&amp;Add Feed</source>
        <translation>添加订阅源(&amp;A)</translation>
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
        <translation>通讯社订阅源</translation>
    </message>
    <message>
        <source>https://… an RSS or Atom feed, or a file</source>
        <translation>https://… RSS 或 Atom 订阅源，或文件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Feeds this portal follows:</source>
        <translation>本网站跟进的订阅源：</translation>
    </message>
    <message>
        <source>What the selected feed gave (newest first):</source>
        <translation>所选订阅源的记录（最新在前）：</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>草稿 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>略过：%1</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n feed(s)…</source>
        <translation>
            <numerusform>正在更新 %n 个订阅源…</numerusform>
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
            <numerusform>略过 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when I press Poll Now</source>
        <translation>只在按「立即读取」时</translation>
    </message>
    <message>
        <source>Every %1 minutes while the portal is open</source>
        <translation>网站开启期间每 %1 分钟</translation>
    </message>
    <message>
        <source>P&amp;oll:</source>
        <translation>读取(&amp;O)：</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>上次读取 %1</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>The feeds and their logs are kept in the portal&apos;s database, for every editor.</source>
        <translation>订阅源及其纪录存于网站的资料库，所有编辑共用。</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WorkflowAction</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交审阅</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定时…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Save and hand the article to an editor for review</source>
        <translation>保存并交编辑审阅</translation>
    </message>
    <message>
        <source>Save and publish automatically at a time you choose</source>
        <translation>保存并在你选定的时间自动发布</translation>
    </message>
    <message>
        <source>Save and put the article on the portal now</source>
        <translation>保存并立即在网站发布</translation>
    </message>
    <message>
        <source>Save and take the article off the portal (back to draft)</source>
        <translation>保存并从网站撤下（退回草稿）</translation>
    </message>
    <message>
        <source>Save and take the article off the front and section pages</source>
        <translation>保存并从首页及栏目页撤下</translation>
    </message>
    <message>
        <source>Send Back to Reporter</source>
        <translation>退回记者</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排程</translation>
    </message>
    <message>
        <source>Save and return the article to its reporter as a draft, unpublished</source>
        <translation>储存并把文章以草稿退回记者，不发布</translation>
    </message>
    <message>
        <source>Save and cancel the schedule: the article stays a draft and does not go live</source>
        <translation>储存并取消排程：文章维持草稿，不会上线</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Ui::WorkflowActions</name>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Publish this article automatically at (%1):</source>
        <translation>在以下时间自动发布此文章（%1）：</translation>
    </message>
    <message>
        <source>&amp;Publish at:</source>
        <translation>发布时间(&amp;P)：</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>提交审阅</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定时…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Save and hand the article to an editor for review</source>
        <translation>保存并交编辑审阅</translation>
    </message>
    <message>
        <source>Save and publish automatically at a time you choose</source>
        <translation>保存并在你选定的时间自动发布</translation>
    </message>
    <message>
        <source>Save and put the article on the portal now</source>
        <translation>保存并立即在网站发布</translation>
    </message>
    <message>
        <source>Save and take the article off the portal (back to draft)</source>
        <translation>保存并从网站撤下（退回草稿）</translation>
    </message>
    <message>
        <source>Save and take the article off the front and section pages</source>
        <translation>保存并从首页及栏目页撤下</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>要封存「%1」吗？</translation>
    </message>
    <message>
        <source>Take “%1” off the portal?</source>
        <translation>要把「%1」从入口网站撤下吗？</translation>
    </message>
    <message>
        <source>At the next export its page, its cards and its feed entry go; its address answers “page not found”. You can publish it again later.</source>
        <translation>下次汇出时，其页面、卡片及订阅源项目都会移除；其网址会显示「找不到网页」。你稍后可再发布。</translation>
    </message>
    <message>
        <source>It goes back to draft. At the next export its page, its cards and its feed entry go; its address answers “page not found” until it is published again.</source>
        <translation>文章会变回草稿。下次汇出时，其页面、卡片及订阅源项目都会移除；在再次发布之前，其网址会显示「找不到网页」。</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>取消发布(&amp;U)</translation>
    </message>
    <message>
        <source>Send Back to Reporter</source>
        <translation>退回记者</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排程</translation>
    </message>
    <message>
        <source>Save and return the article to its reporter as a draft, unpublished</source>
        <translation>储存并把文章以草稿退回记者，不发布</translation>
    </message>
    <message>
        <source>Save and cancel the schedule: the article stays a draft and does not go live</source>
        <translation>储存并取消排程：文章维持草稿，不会上线</translation>
    </message>
</context>
</TS>
