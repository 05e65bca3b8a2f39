def client = new File(basedir, 'shop-client/target/generated-sources/cosxml/com/example/shop')
assert new File(client, 'Cart.java').isFile() : 'generated from the schema inside shop-schemas.jar'
assert new File(client, 'Item.java').isFile() : 'the jar-relative include resolved'
assert new File(basedir, 'shop-client/target/classes/com/example/client/Client.class').isFile()
assert new File(basedir, 'standalone/target/classes/com/example/standalone/Note.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('BUILD SUCCESS')
return true
