def log = new File(basedir, 'build.log').text
['schemaDirectory', 'includes', 'excludes', 'dependencySchemas', 'bindingDirectory', 'bindingFiles', 'packageName',
 'namespacePackages', 'schemaPackages', 'outputDirectory', 'skip'].each { parameter ->
    assert log.contains(parameter) : "cosxml:help -Ddetail documents ${parameter}"
}
assert log.contains('User property: cosxml.skip')
assert log.contains('cosxml: skipped (cosxml.skip=true)')
assert !new File(basedir, 'target/generated-sources/cosxml').exists()
return true
