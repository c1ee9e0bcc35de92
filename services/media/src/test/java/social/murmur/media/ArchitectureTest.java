package social.murmur.media;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package boundaries: image handling is plain Java, storage knows nothing of
 * attachments, attachments know nothing of profile images (which reuse their image
 * handling and file sweeping), the domain knows no adapter, adapters do not use each
 * other and only repositories touch the database.
 */
class ArchitectureTest {

	private static final String ROOT = "social.murmur.media";

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void packagesHaveNoCycles() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void imageHandlingIsPlainJava() {
		classes().that()
			.resideInAPackage(ROOT + ".attachment.image..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "javax.imageio..", "org.jspecify..", ROOT + ".attachment.image..")
			.check(classes);
	}

	@Test
	void attachmentsKnowNothingOfProfileImages() {
		noClasses().that()
			.resideInAPackage(ROOT + ".attachment..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".profile..")
			.check(classes);
	}

	@Test
	void storageKnowsNothingOfAttachments() {
		noClasses().that()
			.resideInAPackage(ROOT + ".storage..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".attachment..")
			.check(classes);
	}

	@Test
	void domainDoesNotUseAdapters() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".attachment", ROOT + ".attachment.image", ROOT + ".profile", ROOT + ".storage")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..grpc..", ROOT + "..messaging..")
			.check(classes);
	}

	@Test
	void adaptersDoNotUseEachOther() {
		noClasses().that()
			.resideInAPackage(ROOT + "..grpc..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..")
			.check(classes);
		noClasses().that()
			.resideInAPackage(ROOT + "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..grpc..")
			.check(classes);
		noClasses().that()
			.resideInAPackage(ROOT + "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..grpc..", ROOT + "..messaging..")
			.check(classes);
	}

	@Test
	void onlyRepositoriesTouchTheDatabase() {
		noClasses().that()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..grpc..", ROOT + "..messaging..", ROOT + ".storage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..")
			.check(classes);
	}

}
