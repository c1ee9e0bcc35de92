package social.murmur.users;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package boundaries: features do not reach into each other's adapters (web,
 * served gRPC, Kafka listeners, clients of remote services), the domain knows nothing of
 * HTTP, gRPC or Kafka, and no packages depend on each other in a circle.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("social.murmur.users");
	}

	@Test
	void domainDoesNotDependOnAdapters() {
		noClasses().that()
			.resideInAnyPackage("social.murmur.users.account", "social.murmur.users.follow",
					"social.murmur.users.instance")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..grpc..", "..messaging..", "..remote..", "io.grpc..",
					"org.springframework.web..", "org.springframework.kafka..", "jakarta.servlet..")
			.check(classes);
	}

	@Test
	void adaptersAreNotUsedByOtherAdaptersOfADifferentKind() {
		noClasses().that()
			.resideInAnyPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.users..grpc..", "social.murmur.users..messaging..",
					"social.murmur.users..remote..")
			.check(classes);
		noClasses().that()
			.resideInAnyPackage("..grpc..", "..messaging..", "..remote..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.users..web..")
			.check(classes);
		noClasses().that()
			.resideInAnyPackage("..grpc..", "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.users..remote..")
			.check(classes);
	}

	@Test
	void accountsKnowNothingOfFollowsOrTheInstance() {
		noClasses().that()
			.resideInAPackage("social.murmur.users.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("social.murmur.users.follow..", "social.murmur.users.instance..")
			.check(classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("social.murmur.users.(**)").should().beFreeOfCycles().check(classes);
	}

}
