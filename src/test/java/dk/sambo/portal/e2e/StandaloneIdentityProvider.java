package dk.sambo.portal.e2e;

/**
 * The tests' OpenID Connect provider ({@link TestIdentityProvider}) as a program of its own, for trying the
 * production jar by hand as docs/operations.md ("Tried on") describes: issuer {@code http://localhost:<port>},
 * client {@value TestIdentityProvider#CLIENT_ID} / {@value TestIdentityProvider#CLIENT_SECRET}, every password
 * {@value TestIdentityProvider#PASSWORD}, redirect URIs on {@code http://127.0.0.1} (any port).
 *
 * <p>Arguments: {@code <port> <registration> [<login>=<name>|<email> ...]}; each such person's ID token carries
 * that name and that e-mail as verified. Not a test; nothing runs it during the build.
 */
public final class StandaloneIdentityProvider {

    private StandaloneIdentityProvider() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        var registration = args[1];
        for (int i = 2; i < args.length; i++) {
            var login = args[i].substring(0, args[i].indexOf('='));
            var claims = args[i].substring(args[i].indexOf('=') + 1).split("\\|");
            TestIdentityProvider.claims(login, claims[0], claims[1], true);
        }
        TestIdentityProvider.startAnother(port, registration);
        System.out.println("Identity provider ready: issuer http://localhost:" + port + ", registration "
                + registration);
        Thread.currentThread().join();
    }
}
