// The versions the application manages itself, as Maven resolved them with Grille's BOM imported first.
def listed = new File(basedir, 'target/dependencies.txt').text
def expected = [
    'com.fasterxml.jackson.core:jackson-annotations:jar:2.17.2',
    'org.slf4j:slf4j-api:jar:2.0.13',
    'org.slf4j:slf4j-simple:jar:2.0.13',
    'org.junit.jupiter:junit-jupiter-api:jar:5.10.2',
    'org.grille:rules-api:jar:' + grilleVersion,
    'org.grille:rules-catalog:jar:' + grilleVersion,
]
expected.each { coordinates ->
    assert listed.contains(coordinates) : "expected ${coordinates} in:\n${listed}"
}
// Grille's engine brings no Jackson of its own: it is relocated inside the engine jar.
assert !listed.contains('tools.jackson') : "the engine should not bring tools.jackson:\n${listed}"
return true
