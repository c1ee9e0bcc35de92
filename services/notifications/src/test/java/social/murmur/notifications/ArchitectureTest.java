package social.murmur.notifications;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package boundaries: the notification domain knows nothing of HTTP, Kafka or
 * gRPC; adapters talk to the domain, not to each other.
 */
class ArchitectureTest {

	private static final String ROOT = "social.murmur.notifications";

	private static final String DOMAIN = ROOT + ".notification";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void domainDoesNotDependOnAdapters() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..", ROOT + ".remote..", ROOT + ".mastodon..",
					ROOT + ".streaming..");
		rule.check(classes);
	}

	@Test
	void onlyTheStreamingPackageKnowsAboutStreaming() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".streaming..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".streaming..")
			.check(classes);
	}

	@Test
	void domainDoesNotDependOnTransports() {
		noClasses().that()
			.resideInAPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.grpc..", "com.google.protobuf..", "org.springframework.kafka..",
					"org.springframework.web..", "jakarta.servlet..", "social.murmur.contracts..")
			.check(classes);
	}

	@Test
	void messagingDoesNotUseTheWebOrRemoteServices() {
		noClasses().that()
			.resideInAPackage(ROOT + "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + ".remote..")
			.check(classes);
	}

	@Test
	void webDoesNotUseMessaging() {
		noClasses().that()
			.resideInAPackage(ROOT + "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..messaging..")
			.check(classes);
	}

	@Test
	void remoteClientsDependOnlyOnTheDomainPorts() {
		noClasses().that()
			.resideInAPackage(ROOT + ".remote..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..")
			.check(classes);
	}

}
