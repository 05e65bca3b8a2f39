// Generated sources exist where the configuration says, with the binding's class name.
def generated = new File(basedir, 'target/generated-sources/cosxml')
assert new File(generated, 'com/example/order/Order.java').isFile()
assert new File(generated, 'com/example/order/OrderLine.java').isFile() : 'the binding file renames LineItem'
assert !new File(generated, 'com/example/order/LineItem.java').exists()
assert new File(generated, 'com/example/common/Money.java').isFile() : 'namespacePackages puts Money in com.example.common'

// The generated code and the consumer compiled with --release 8 (class file major version 52).
def orderClass = new File(basedir, 'target/classes/com/example/order/Order.class')
assert orderClass.isFile()
def bytes = orderClass.bytes
assert ((bytes[6] << 8) | bytes[7]) == 52 : 'compiled for Java 8'
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()

// The consumer runs: a round trip through the generated reader and writer.
def coreJar = null
new File(localRepositoryPath, 'io/github/cosxml/cosxml-core').eachFileRecurse(groovy.io.FileType.FILES) {
    if (it.name ==~ /cosxml-core-[^-]+(-SNAPSHOT)?\.jar/) coreJar = it
}
assert coreJar != null : 'cosxml-core is in the integration-test repository'
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL(), coreJar.toURI().toURL()] as URL[],
        (ClassLoader) null)
String xml = loader.loadClass('com.example.app.App').getMethod('roundTrip').invoke(null)
assert xml.contains('A-1') && xml.contains('EUR')

// The second build generated nothing and said so in one line.
def log = new File(basedir, 'build.log').text
assert log.count('cosxml: generated ') == 1 : 'only the first build generates'
assert log.count('generated sources are up to date, nothing to generate') == 1
return true
