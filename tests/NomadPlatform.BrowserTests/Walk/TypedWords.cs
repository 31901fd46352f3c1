namespace NomadPlatform.BrowserTests.Walk;

/// <summary>
/// What people type into the forms on the walk, in the walk's language: so that any sentence in another
/// language left on a page is the platform's, not the typist's.
/// </summary>
public sealed record TypedWords(
    string Institution, string Degree, string Course, string Company, string Position,
    string InterviewNotes, string Address, string Clinic, string Landlord, string FamilyMember)
{
    public static TypedWords In(string language) => language switch
    {
        "kk" => new("Мюнхен техникалық университеті", "Информатика магистрі", "Үлестірілген жүйелер іс жүзінде", "«Акме» ЖШС", "Жетекші инженер",
            "Үлестірілген жүйелерде тәжірибесі мол; жергілікті кездесулерде тәлімгер болуды жоспарлайды.",
            "Астана, Мәңгілік Ел даңғылы, 55/20", "№ 4 қалалық емхана, Астана", "Айгерім Нұрланқызы Бекова", "Аружан Номад"),
        "ru" => new("Мюнхенский технический университет", "Магистр информатики", "Распределённые системы на практике", "ТОО «Акме»", "Ведущий инженер",
            "Большой опыт в распределённых системах; собирается наставлять на местных встречах.",
            "Астана, проспект Мангилик Ел, 55/20", "Городская поликлиника № 4, Астана", "Айгерим Нурлановна Бекова", "Аружан Номад"),
        _ => new("Technical University of Munich", "MSc Computer Science", "Distributed Systems in Practice", "Acme GmbH", "Senior engineer",
            "Strong distributed-systems background; plans to mentor at local meetups.",
            "Astana, Mangilik El avenue 55/20", "City Polyclinic No. 4, Astana", "Aigerim Nurlanovna Bekova", "Aruzhan Nomad"),
    };
}
