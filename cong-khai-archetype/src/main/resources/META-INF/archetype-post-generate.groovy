// After Maven's archetype tool has written a new commune's folder: the officers' guide made this commune's, the
// Maven Wrapper made executable, and the folder made a git repository on branch main with a first commit.
import java.nio.charset.StandardCharsets
import java.util.concurrent.TimeUnit

def dir = new File(request.outputDirectory, request.artifactId)
def answers = request.properties

// The guide is the example commune's (Lục Ba); its values, read from the example's own jbake.properties, become this
// commune's. Longer values first, so that "Ủy ban nhân dân xã Lục Ba" is not half-replaced by "Lục Ba".
def exampleDir = new File(dir, '.xa-mau')
def example = new Properties()
new File(exampleDir, 'jbake.properties').withReader('UTF-8') { example.load(it) }
exampleDir.deleteDir()
def mine = new Properties()
new File(dir, 'jbake.properties').withReader('UTF-8') { mine.load(it) }
def firstLabel = { String address -> address.replaceFirst('^https?://', '').replaceFirst('[.:/].*$', '') }
def pairs = [:]
['xa.co_quan', 'site.host', 'xa.ten', 'xa.tinh'].each { key ->
    if (example.getProperty(key) && mine.getProperty(key)) {
        pairs[example.getProperty(key)] = mine.getProperty(key)
    }
}
pairs[firstLabel(example.getProperty('site.host'))] = firstLabel(mine.getProperty('site.host'))
pairs['luc-ba'] = request.artifactId
def guide = new File(dir, 'HUONG-DAN.md')
def text = guide.getText('UTF-8')
pairs.keySet().sort { -it.length() }.each { from -> text = text.replace(from, pairs[from]) }
guide.setText(text, 'UTF-8')

new File(dir, 'mvnw').setExecutable(true, false)

// git is optional on an office PC: without it the commune is still complete, and the guide says how to start one.
def git = { List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        return [-1, 'git không trả lời sau 60 giây']
    }
    return [process.exitValue(), output.toString()]
}
try {
    def init = git(['init', '-q', '-b', 'main'])
    if (init[0] != 0) {
        println "[WARNING] Chưa tạo kho git cho xã (${init[1].trim()}). Tạo sau bằng: git init -b main"
    } else {
        def name = git(['config', 'user.name'])[1].trim()
        def identity = name ? [] : ['-c', "user.name=Ủy ban nhân dân xã ${answers.getProperty('tenXa')}",
                                    '-c', 'user.email=cong-khai@localhost']
        git(['add', '-A'])
        def commit = git(identity + ['commit', '-q', '-m', "Trang công khai của xã ${answers.getProperty('tenXa')}"])
        if (commit[0] != 0) {
            println "[WARNING] Đã tạo kho git nhưng chưa lưu được lần đầu (${commit[1].trim()}). Lưu sau bằng: git add -A rồi git commit"
        }
    }
} catch (IOException noGit) {
    println '[WARNING] Máy chưa cài git: thư mục của xã chưa là kho git. Cài git rồi chạy: git init -b main'
}
