module consumer {
    requires org.grille.api;
}
