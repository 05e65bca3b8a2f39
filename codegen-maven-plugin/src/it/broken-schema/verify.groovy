def log = new File(basedir, 'build.log').text
def xsd = new File(basedir, 'src/main/xsd/broken.xsd').canonicalFile.path
assert log =~ java.util.regex.Pattern.quote(xsd) + ':5:\\d+: ' : "the error names ${xsd}:5:column"
assert log.contains('nosuchtype')
assert log.contains('Fix each problem above at its file:line:column')
assert !new File(basedir, 'target/generated-sources/cosxml/com/example/broken').exists()
return true
