Y dijo Dios: Júntense las aguas que están debajo de los cielos en un lugar, y descúbrase la seca: y fué así.
Y sean por lumbreras en la expansión de los cielos para alumbrar sobre la tierra: y fué así.
E hizo Dios las dos grandes lumbreras; la lumbrera mayor para que señorease en el día, y la lumbrera menor para que señorease en la noche: hizo también las estrellas.
Y crió Dios las grandes ballenas, y toda cosa viva que anda arrastrando, que las aguas produjeron según su género, y toda ave alada según su especie: y vió Dios que era bueno.
Y Dios los bendijo diciendo: Fructificad y multiplicad, y henchid las aguas en los mares, y las aves se multipliquen en la tierra.
Y fué la tarde y la mañana el día quinto.
Y dijo Dios: He aquí que os he dado toda hierba que da simiente, que está sobre la haz de toda la tierra; y todo árbol en que hay fruto de árbol que da simiente, seros ha para comer.
Formó, pues, Jehová Dios al hombre del polvo de la tierra, y alentó en su nariz soplo de vida; y fué el hombre en alma viviente.
Si siete veces será vengado Caín, Lamech en verdad setenta veces siete lo será.
Varón y hembra los crió; y los bendijo, y llamó el nombre de ellos Adam, el día en que fueron criados.
Y fueron todos los días de Seth novecientos y doce años; y murió.
Caminó, pues, Henoch con Dios, y desapareció, porque le llevó Dios.
Y arrepintióse Jehová de haber hecho hombre en la tierra, y pesóle en su corazón.
Estas son las generaciones de Noé: Noé, varón justo, perfecto fué en sus generaciones; con Dios caminó Noé.
Mas estableceré mi pacto contigo, y entrarás en el arca tú, y tus hijos y tu mujer, y las mujeres de tus hijos contigo.
El año seiscientos de la vida de Noé, en el mes segundo, á diecisiete días del mes, aquel día fueron rotas todas las fuentes del grande abismo, y las cataratas de los cielos fueron abiertas;
En este mismo día entró Noé, y Sem y Châm y Japhet, hijos de Noé, la mujer de Noé, y las tres mujeres de sus hijos con él en el arca;
Y las aguas prevalecieron mucho en extremo sobre la tierra; y todos los montes altos que había debajo de todos los cielos, fueron cubiertos.
Y ACORDÓSE Dios de Noé, y de todos los animales, y de todas las bestias que estaban con él en el arca; é hizo pasar Dios un viento sobre la tierra, y disminuyeron las aguas.
Todos los animales que están contigo de toda carne, de aves y de bestias y de todo reptil que anda arrastrando sobre la tierra, sacarás contigo; y vayan por la tierra, y fructifiquen, y multiplíquense sobre la tierra.
Y con toda alma viviente que está con vosotros, de aves, de animales, y de toda bestia de la tierra que está con vosotros; desde todos los que salieron del arca hasta todo animal de la tierra.
De aquesta tierra salió Assur, y edificó á Nínive, y á Rehoboth, y á Calah,
Y á Pathrusim, y á Casluim, de donde salieron los Filisteos, y á Caphtorim.
Así los esparció Jehová desde allí sobre la faz de toda la tierra, y dejaron de edificar la ciudad.
Por esto fué llamado el nombre de ella Babel, porque allí confundió Jehová el lenguaje de toda la tierra, y desde allí los esparció sobre la faz de toda la tierra.
Y vivió Sala treinta años, y engendró á Heber.
Y vivió Serug, después que engendró á Nachôr, doscientos años, y engendró hijos é hijas.
Y vivió Nachôr veintinueve años, y engendró á Thare.
Estas son las generaciones de Thare: Thare engendró á Abram, y á Nachôr, y á Harán; y Harán engendró á Lot.
Mas Sarai fué estéril, y no tenía hijo.
Entonces Faraón dió orden á sus gentes acerca de Abram; y le acompañaron, y á su mujer con todo lo que tenía.
Y hubo contienda entre los pastores del ganado de Abram y los pastores del ganado de Lot: y el Cananeo y el Pherezeo habitaban entonces en la tierra.
Entonces Lot escogió para sí toda la llanura del Jordán: y partióse Lot de Oriente, y apartáronse el uno del otro.
Y ACONTECIÓ en los días de Amraphel, rey de Shinar, Arioch, rey de Elazar, Chêdorlaomer, rey de Elá, y Tidal, rey de naciones,
Todos estos se juntaron en el valle de Siddim, que es el mar salado.
Y á los Horeos en el monte de Seir, hasta la llanura de Parán, que está junto al desierto.
Es á saber, contra Chêdorlaomer, rey de Elam, y Tidal, rey de naciones, y Amraphel, rey de Shinar, y Arioch, rey de Elasar; cuatro reyes contra cinco.
Y bendito sea el Dios alto, que entregó tus enemigos en tu mano. Y dióle Abram los diezmos de todo.
Mas también á la gente á quien servirán, juzgaré yo; y después de esto saldrán con grande riqueza.
Y en la cuarta generación volverán acá: porque aun no está cumplida la maldad del Amorrheo hasta aquí.
En aquel día hizo Jehová un pacto con Abram diciendo: A tu simiente daré esta tierra desde el río de Egipto hasta el río grande, el río Eufrates;
Y los Amorrheos, y los Cananeos, y los Gergeseos, y los Jebuseos.
Dijo, pues, Sarai á Abram: Ya ves que Jehová me ha hecho estéril: ruégote que entres á mi sierva; quizá tendré hijos de ella. Y atendió Abram al dicho de Sarai.
Y le dijo: Agar, sierva de Sarai, ¿de dónde vienes tú, y á dónde vas? Y ella respondió: Huyo de delante de Sarai, mi señora.
Y no se llamará más tu nombre Abram, sino que será tu nombre Abraham, porque te he puesto por padre de muchedumbre de gentes.
Dijo de nuevo Dios á Abraham: Tú empero guardarás mi pacto, tú y tu simiente después de ti por sus generaciones.
Mas yo estableceré mi pacto con Isaac, al cual te parirá Sara por este tiempo el año siguiente.
Y APARECIÓLE Jehová en el valle de Mamre, estando él sentado á la puerta de su tienda en el calor del día.
Rióse, pues, Sara entre sí, diciendo: ¿Después que he envejecido tendré deleite, siendo también mi señor ya viejo?
Entonces Jehová dijo á Abraham: ¿Por qué se ha reído Sara diciendo: Será cierto que he de parir siendo ya vieja?
¿Hay para Dios alguna cosa difícil? Al tiempo señalado volveré á ti, según el tiempo de la vida, y Sara tendrá un hijo.
Y los varones se levantaron de allí, y miraron hacia Sodoma: y Abraham iba con ellos acompañándolos.
Descenderé ahora, y veré si han consumado su obra según el clamor que ha venido hasta mí; y si no, saberlo he.
Y apartáronse de allí los varones, y fueron hacia Sodoma: mas Abraham estaba aún delante de Jehová.
Lejos de ti el hacer tal, que hagas morir al justo con el impío, y que sea el justo tratado como el impío; nunca tal hagas. El juez de toda la tierra, ¿no ha de hacer lo que es justo?
Y fuése Jehová, luego que acabó de hablar á Abraham: y Abraham se volvió á su lugar.
Y dijo: Os ruego, hermanos míos, que no hagáis tal maldad.
Y á los hombres que estaban á la puerta de la casa desde el menor hasta el mayor, hirieron con ceguera; mas ellos se fatigaban por hallar la puerta.
Y al rayar el alba, los ángeles daban prisa á Lot, diciendo: Levántate, toma tu mujer, y tus dos hijas que se hallan aquí, porque no perezcas en el castigo de la ciudad.
Y subió Abraham por la mañana al lugar donde había estado delante de Jehová:
Entonces la mayor dijo á la menor: Nuestro padre es viejo, y no queda varón en la tierra que entre á nosotras conforme á la costumbre de toda la tierra:
La menor también parió un hijo, y llamó su nombre Ben-ammí, el cual es padre de los Ammonitas hasta hoy.
Mas Abimelech no había llegado á ella, y dijo: Señor, ¿matarás también la gente justa?
Entonces Abimelech tomó ovejas y vacas, y siervos y siervas, y diólo á Abraham, y devolvióle á Sara su mujer.
Y VISITÓ Jehová á Sara, como había dicho, é hizo Jehová con Sara como había hablado.
Y concibió y parió Sara á Abraham un hijo en su vejez, en el tiempo que Dios le había dicho.
Entonces dijo Sara: Dios me ha hecho reir, y cualquiera que lo oyere, se reirá conmigo.
Y añadió: ¿Quién dijera á Abraham que Sara había de dar de mamar á hijos? pues que le he parido un hijo á su vejez.
Y creció el niño, y fué destetado; é hizo Abraham gran banquete el día que fué destetado Isaac.
Y también al hijo de la sierva pondré en gente, porque es tu simiente.
Y aconteció en aquel mismo tiempo que habló Abimelech, y Phicol, príncipe de su ejército, á Abraham diciendo: Dios es contigo en todo cuanto haces:
Y él respondió: Que estas siete corderas tomarás de mi mano, para que me sean en testimonio de que yo cavé este pozo.
Entonces habló Isaac á Abraham su padre, y dijo: Padre mío. Y él respondió: Heme aquí, mi hijo. Y él dijo: He aquí el fuego y la leña; mas ¿dónde está el cordero para el holocausto?
No, señor mío, óyeme: te doy la heredad, y te doy también la cueva que está en ella; delante de los hijos de mi pueblo te la doy; sepulta tu muerto.
Y dijo Abraham á un criado suyo, el más viejo de su casa, que era el que gobernaba en todo lo que tenía: Pon ahora tu mano debajo de mi muslo,
Sino que irás á mi tierra y á mi parentela, y tomarás mujer para mi hijo Isaac.
Y si la mujer no quisiere venir en pos de ti, serás libre de este mi juramento; solamente que no vuelvas allá á mi hijo.
Sea, pues, que la moza á quien yo dijere: Baja tu cántaro, te ruego, para que yo beba; y ella respondiere: Bebe, y también daré de beber á tus camellos: que sea ésta la que tú has destinado para tu siervo Isaac; y en esto conoceré que habrás hecho misericordia con mi señor.
Y cuando acabó de darle á beber, dijo: También para tus camellos sacaré agua, hasta que acaben de beber.
Y añadió: También hay en nuestra casa paja y mucho forraje, y lugar para posar.
Y pusiéronle delante qué comer; mas él dijo: No comeré hasta que haya dicho mi mensaje. Y él le dijo: Habla.
Y yo dije: Quizás la mujer no querrá seguirme.
Entonces él me respondió: Jehová, en cuya presencia he andado, enviará su ángel contigo, y prosperará tu camino; y tomarás mujer para mi hijo de mi linaje y de la casa de mi padre:
Y ella me respondiere, Bebe tú, y también para tus camellos sacaré agua: ésta sea la mujer que destinó Jehová para el hijo de mi señor.
Y prestamente bajó su cántaro de encima de sí, y dijo: Bebe, y también á tus camellos daré á beber. Y bebí, y dió también de beber á mis camellos.
Ahora pues, si vosotros hacéis misericordia y verdad con mi señor, declarádmelo; y si no, declarádmelo; y echaré á la diestra ó á la siniestra.
Entonces dejaron ir á Rebeca su hermana, y á su nodriza, y al criado de Abraham y á sus hombres.
Entonces el criado contó á Isaac todo lo que había hecho.
E introdújola Isaac á la tienda de su madre Sara, y tomó á Rebeca por mujer; y amóla: y consolóse Isaac después de la muerte de su madre.
Y Abraham dió todo cuanto tenía á Isaac.
Hadad, y Tema, y Jetur, y Naphis, y Cedema.
Habitó, pues, Isaac en Gerar.
Y de allí subió á Beer-seba.
Y fueron amargura de espíritu á Isaac y á Rebeca.
Tráeme caza, y hazme un guisado, para que coma, y te bendiga delante de Jehová antes que yo muera.
Y tú las llevarás á tu padre, y comerá, para que te bendiga antes de su muerte.
Y Jacob dijo á su padre: Yo soy Esaú tu primogénito; he hecho como me dijiste: levántate ahora, y siéntate, y come de mi caza, para que me bendiga tu alma.
E hizo él también guisados, y trajo á su padre, y díjole: Levántese mi padre, y coma de la caza de su hijo, para que me bendiga tu alma.
Entonces Isaac su padre le dijo: ¿Quién eres tú? Y él dijo: Yo soy tu hijo, tu primogénito, Esaú.
Y estremecióse Isaac con grande estremecimiento, y dijo: ¿Quién es el que vino aquí, que cogió caza, y me trajo, y comí de todo antes que vinieses? Yo le bendije, y será bendito.
Como Esaú oyó las palabras de su padre, clamó con una muy grande y muy amarga exclamación, y le dijo: Bendíceme también á mí, padre mío.
Y encontró con un lugar, y durmió allí, porque ya el sol se había puesto: y tomó de las piedras de aquel paraje y puso á su cabecera, y acostóse en aquel lugar.
Y tuvo miedo, y dijo: ¡Cuán terrible es este lugar! No es otra cosa que casa de Dios, y puerta del cielo.
Y llamó el nombre de aquel lugar Beth-el, bien que Luz era el nombre de la ciudad primero.
Y díjoles Jacob: Hermanos míos, ¿de dónde sois? Y ellos respondieron: De Harán somos.
Y los ojos de Lea eran tiernos, pero Rachêl era de lindo semblante y de hermoso parecer.
Y concibió otra vez, y parió un hijo, y dijo: Por cuanto oyó Jehová que yo era aborrecida, me ha dado también éste. Y llamó su nombre Simeón.
Y Zilpa, la sierva de Lea, parió otro hijo á Jacob.
Y dijo: Señálame tu salario, que yo lo daré.
Y él respondió: Tú sabes cómo te he servido, y cómo ha estado tu ganado conmigo;
Y vino Dios á Labán Arameo en sueños aquella noche, y le dijo: Guárdate que no hables á Jacob descomedidamente.
Alcanzó pues Labán á Jacob, y éste había fijado su tienda en el monte: y Labán plantó la con sus hermanos en el monte de Galaad.
¿Por qué te escondiste para huir, y me hurtaste, y no me diste noticia, para que yo te enviara con alegría y con cantares, con tamborín y vihuela?
Pues que has tentado todos mis muebles, ¿qué has hallado de todas las alhajas de tu casa? Ponlo aquí delante de mis hermanos y tuyos, y juzguen entre nosotros ambos.
De día me consumía el calor, y de noche la helada, y el sueño se huía de mis ojos.
Si el Dios de mi padre, el Dios de Abraham, y el temor de Isaac, no fuera conmigo, de cierto me enviarías ahora vacío: vió Dios mi aflicción y el trabajo de mis manos, y reprendióte anoche.
Y Mizpa, por cuanto dijo: Atalaye Jehová entre mí y entre ti, cuando nos apartáremos el uno del otro.
Y JACOB se fué su camino, y saliéronle al encuentro ángeles de Dios.
Y pasó el presente delante de él; y él durmió aquella noche en el campamento.
Y él dijo: No se dirá más tu nombre Jacob, sino Israel: porque has peleado con Dios y con los hombres, y has vencido.
Y Esaú dijo: Dejaré ahora contigo de la gente que viene conmigo. Y él dijo: ¿Para qué esto? halle yo gracia en los ojos de mi señor.
Y habitad con nosotros; porque la tierra estará delante de vosotros; morad y negociad en ella, y tomad en ella posesión.
Y obedecieron á Hamor y á Sichêm su hijo todos los que salían por la puerta de la ciudad, y circuncidaron á todo varón, á cuantos salían por la puerta de su ciudad.
Y sucedió que al tercer día, cuando sentían ellos el mayor dolor, los dos hijos de Jacob, Simeón y Leví, hermanos de Dina, tomaron cada uno su espada, y vinieron contra la ciudad animosamente, y mataron á todo varón.
Y partiéronse, y el terror de Dios fué sobre las ciudades que había en sus alrededores, y no siguieron tras los hijos de Jacob.
Y aparecióse otra vez Dios á Jacob, cuando se había vuelto de Padan-aram, y bendíjole.
Y díjole Dios: Tu nombre es Jacob; no se llamará más tu nombre Jacob, sino Israel será tu nombre: y llamó su nombre Israel.
Y díjole Dios: Yo soy el Dios Omnipotente: crece y multiplícate; una nación y conjunto de naciones procederá de ti, y reyes saldrán de tus lomos:
Y la tierra que yo he dado á Abraham y á Isaac, la daré á ti: y á tu simiente después de ti daré la tierra.
Los hijos de Rachêl: José, y Benjamín.
Y los hijos de Bilha, sierva de Rachêl: Dan, y Nephtalí.
Y Aholibama parió á Jeús, y á Jaalam, y á Cora: estos son los hijos de Esaú, que le nacieron en la tierra de Canaán.
Y estos fueron los duques de los Horeos: el duque Lotán, el duque Sobal, el duque Zibeón, el duque Ana,
El duque Aholibama, el duque Ela, el duque Pinón,
El duque Cenaz, el duque Temán, el duque Mibzar,
Y viendo sus hermanos que su padre lo amaba más que á todos sus hermanos, aborrecíanle, y no le podían hablar pacíficamente.
Y soñó José un sueño, y contólo á sus hermanos; y ellos vinieron á aborrecerle más todavía.
Ahora pues, venid, y matémoslo y echémosle en una cisterna, y diremos: Alguna mala bestia le devoró: y veremos qué serán sus sueños.
Entonces Judá dijo á sus hermanos: ¿Qué provecho el que matemos á nuestro hermano y encubramos su muerte?
Y como pasaban los Midianitas mercaderes, sacaron ellos á José de la cisterna, y trajéronle arriba, y le vendieron á los Ismaelitas por veinte piezas de plata. Y llevaron á José á Egipto.
Y los Midianitas lo vendieron en Egipto á Potiphar, eunuco de Faraón, capitán de los de la guardia.
Y Judá tomó mujer para su primogénito Er, la cual se llamaba Thamar.
Y desagradó en ojos de Jehová lo que hacía, y también quitó á él la vida.
Y acaeció que al cabo de unos tres meses fué dado aviso á Judá, diciendo: Thamar tu nuera ha fornicado, y aun cierto está preñada de las fornicaciones. Y Judá dijo: Sacadla, y sea quemada.
Empero fué que tornando él á meter la mano, he aquí su hermano salió; y ella dijo: ¿Por qué has hecho sobre ti rotura? Y llamó su nombre Phares.
Mas Jehová fué con José, y fué varón prosperado: y estaba en la casa de su señor el Egipcio.
Y asiólo ella por su ropa, diciendo: Duerme conmigo. Entonces dejóla él su ropa en las manos, y huyó, y salióse fuera.
Y acaeció que cuando vió ella que le había dejado su ropa en sus manos, y había huído fuera,
Entonces le habló ella semejantes palabras, diciendo: El siervo Hebreo que nos trajiste, vino á mí para deshonrarme;
Y ellos le dijeron: Hemos tenido un sueño, y no hay quien lo declare. Entonces les dijo José: ¿No son de Dios las declaraciones? Contádmelo ahora.
Durmióse de nuevo, y soñó la segunda vez: Que siete espigas llenas y hermosas subían de una sola caña:
Y las siete espigas menudas devoraban á las siete espigas gruesas y llenas. Y despertó Faraón, y he aquí que era sueño.
Y que del río subían siete vacas de gruesas carnes y hermosa apariencia, que pacían en el prado:
Y entraban en sus entrañas, mas no se conocía que hubiesen entrado en ellas, porque su parecer era aún malo, como de primero. Y yo desperté.
Y que otras siete espigas menudas, marchitas, abatidas del Solano, subían después de ellas:
Y esté aquella provisión en depósito para el país, para los siete años del hambre que serán en la tierra de Egipto; y el país no perecerá de hambre.
Y dijo Faraón á José: Yo Faraón; y sin ti ninguno alzará su mano ni su pie en toda la tierra de Egipto.
Y el hambre estaba por toda la extensión del país. Entonces abrió José todo granero donde había, y vendía á los Egipcios; porque había crecido el hambre en la tierra de Egipto.
Si sois hombres de verdad, quede preso en la casa de vuestra cárcel uno de vuestros hermanos; y vosotros id, llevad el alimento para el hambre de vuestra casa:
Y decían el uno al otro: Verdaderamente hemos pecado contra nuestro hermano, que vimos la angustia de su alma cuando nos rogaba, y no le oímos: por eso ha venido sobre nosotros esta angustia.
Y apartóse él de ellos, y lloró: después volvió á ellos, y les habló, y tomó de entre ellos á Simeón, y aprisionóle á vista de ellos.
Somos doce hermanos, hijos de nuestro padre; uno no parece, y el menor está hoy con nuestro padre en la tierra de Canaán.
Y Rubén habló á su padre, diciendo: Harás morir á mis dos hijos, si no te lo volviere; entrégalo en mi mano, que yo lo volveré á ti.
Yo lo fío; á mí me pedirás cuenta de él: si yo no te lo volviere y lo pusiere delante de ti, seré para ti el culpante todos los días:
Aquel de tus siervos en quien fuere hallada la copa, que muera, y aun nosotros seremos siervos de mi señor.
Y llegó Judá con sus hermanos á casa de José, que aun estaba allí, y postráronse delante de él en tierra.
Y díjoles José: ¿Qué obra es esta que habéis hecho? ¿no sabéis que un hombre como yo sabe adivinar?
Sucederá que cuando no vea al mozo, morirá: y tus siervos harán descender las canas de tu siervo nuestro padre con dolor á la sepultura.
Ahora pues, no os entristezcáis, ni os pese de haberme vendido acá; que para preservación de vida me envió Dios delante de vosotros:
Así pues, no me enviasteis vosotros acá, sino Dios, que me ha puesto por padre de Faraón, y por señor de toda su casa, y por gobernador en toda la tierra de Egipto.
Y ellos le contaron todas las palabras de José, que él les había hablado; y viendo él los carros que José enviaba para llevarlo, el espíritu de Jacob su padre revivió.
Y PARTIÓSE Israel con todo lo que tenía, y vino á Beer-seba, y ofreció sacrificios al Dios de su padre Isaac.
Y dijo: Yo soy Dios, el Dios de tu padre; no temas de descender á Egipto, porque yo te pondré allí en gran gente.
Y los hijos de Benjamín fueron Bela, y Bechêr y Asbel, y Gera, y Naamán, y Ehi, y Ros y Muppim, y Huppim, y Ard.
Entonces Israel dijo á José: Muera yo ahora, ya que he visto tu rostro, pues aun vives.
Entonces diréis: Hombres de ganadería han sido tus siervos desde nuestra mocedad hasta ahora, nosotros y nuestros padres; á fin que moréis en la tierra de Gosén, porque los Egipcios abominan todo pastor de ovejas.
Y de los postreros de sus hermanos tomó cinco varones, y presentólos delante de Faraón.
Y ellos trajeron sus ganados á José; y José les dió alimentos por caballos, y por el ganado de las ovejas, y por el ganado de las vacas, y por asnos: y sustentólos de pan por todos sus ganados aquel año.
Y acabado aquel año, vinieron á él el segundo año, y le dijeron: No encubriremos á nuestro señor que el dinero ciertamente se ha acabado; también el ganado es ya de nuestro señor; nada ha quedado delante de nuestro señor sino nuestros cuerpos y nuestra tierra.
Y al pueblo hízolo pasar á las ciudades desde el un cabo del término de Egipto hasta el otro cabo.
Mas cuando durmiere con mis padres, llevarme has de Egipto, y me sepultarás en el sepulcro de ellos. Y él respondió: Yo haré como tú dices.
Y díjome: He aquí, yo te haré crecer, y te multiplicaré, y te pondré por estirpe de pueblos: y daré esta tierra á tu simiente después de ti por heredad perpetua.
Y LLAMÓ Jacob á sus hijos, y dijo: Juntaos, y os declararé lo que os ha de acontecer en los postreros días.
Sus ojos bermejos del vino, y los dientes blancos de la leche.
Será Dan serpiente junto al camino, cerasta junto á la senda, que muerde los talones de los caballos, y hace caer por detrás al cabalgador de ellos.
Nephtalí, sierva dejada, que dará dichos hermosos.
Mandóles luego, y díjoles: Yo voy á ser reunido con mi pueblo: sepultadme con mis padres en la cueva que está en el campo de Ephrón el Hetheo;
Mi padre me conjuró diciendo: He aquí yo muero; en mi sepulcro que yo cavé para mí en la tierra de Canaán, allí me sepultarás; ruego pues que vaya yo ahora, y sepultaré á mi padre, y volveré.
Y viendo los hermanos de José que su padre era muerto, dijeron: Quizá nos aborrecerá José, y nos dará el pago de todo el mal que le hicimos.
Vosotros pensasteis mal sobre mí, mas Dios lo encaminó á bien, para hacer lo que vemos hoy, para mantener en vida á mucho pueblo.
Y habló el rey de Egipto á las parteras de las Hebreas, una de las cuales se llamaba Siphra, y otra Phúa, y díjoles:
Mas las parteras temieron á Dios, y no hicieron como les mandó el rey de Egipto, sino que reservaban la vida á los niños.
Y la hija de Faraón descendió á lavarse al río, y paseándose sus doncellas por la ribera del río, vió ella la arquilla en el carrizal, y envió una criada suya á que la tomase.
Y ellas respondieron: Un varón Egipcio nos defendió de mano de los pastores, y también nos sacó el agua, y abrevó las ovejas.
Y dijo: No te llegues acá: quita tus zapatos de tus pies, porque el lugar en que tú estás, tierra santa es.
El clamor, pues, de los hijos de Israel ha venido delante de mí, y también he visto la opresión con que los Egipcios los oprimen.
Y respondió Dios á Moisés: YO SOY EL QUE SOY. Y dijo: Así dirás á los hijos de Israel: YO SOY me ha enviado á vosotros.
Sí aconteciere, que no te creyeren, ni obedecieren á la voz de la primera señal, creerán á la voz de la postrera.
Entonces dijo Moisés á Jehová: ¡Ay Señor! yo no soy hombre de palabras de ayer ni de anteayer, ni aun desde que tú hablas á tu siervo; porque soy tardo en el habla y torpe de lengua.
Y tomarás esta vara en tu mano, con la cual harás las señales.
Dijo también Jehová á Moisés en Madián: Ve, y vuélvete á Egipto, porque han muerto todos los que procuraban tu muerte.
Y aconteció en el camino, que en una posada le salió al encuentro Jehová, y quiso matarlo.
Y mandó Faraón aquel mismo día á los cuadrilleros del pueblo que le tenían á su cargo, y á sus gobernadores, diciendo:
Id vosotros, y recoged paja donde la hallareis; que nada se disminuirá de vuestra tarea.
Y él respondió: Estáis ociosos, sí, ociosos, y por eso decís: Vamos y sacrifiquemos á Jehová.
Y encontrando á Moisés y á Aarón, que estaban á la vista de ellos cuando salían de Faraón,
Y aparecí á Abraham, á Isaac y á Jacob bajo el nombre de Dios Omnipotente, mas en mi nombre JEHOVÁ no me notifiqué á ellos.
Y os meteré en la tierra, por la cual alcé mi mano que la daría á Abraham, á Isaac y á Jacob: y yo os la daré por heredad. Yo JEHOVÁ.
Y Amram tomó por mujer á Jochêbed su tía; la cual le parió á Aarón y á Moisés. Y los años de la vida de Amram fueron ciento treinta y siete años.
Y sabrán los Egipcios que yo soy Jehová, cuando extenderé mi mano sobre Egipto, y sacaré los hijos de Israel de en medio de ellos.
Si Faraón os respondiere diciendo, Mostrad milagro; dirás á Aarón: Toma tu vara, y échala delante de Faraón, para que se torne culebra.
Y dile: Jehová el Dios de los Hebreos me ha enviado á ti, diciendo: Deja ir á mi pueblo, para que me sirvan en el desierto; y he aquí que hasta ahora no has querido oir.
Así ha dicho Jehová: En esto conocerás que yo soy Jehová: he aquí, yo heriré con la vara que tengo en mi mano el agua que está en el río, y se convertirá en sangre:
Y los peces que hay en el río morirán, y hederá el río, y tendrán asco los Egipcios de beber el agua del río.
Asimismo los peces que había en el río murieron; y el río se corrompió, que los Egipcios no podían beber de él: y hubo sangre por toda la tierra de Egipto.
Y los encantadores de Egipto hicieron lo mismo con sus encantamientos: y el corazón de Faraón se endureció, y no los escuchó; como Jehová lo había dicho.
Entonces Faraón llamó á Moisés y á Aarón, y díjoles: Orad á Jehová que quite las ranas de mí y de mi pueblo; y dejaré ir al pueblo, para que sacrifique á Jehová.
Entonces Moisés salió de con Faraón, y oró á Jehová.
Entonces Faraón envió, y he aquí que del ganado de los hijos de Israel no había muerto uno. Mas el corazón de Faraón se agravó, y no dejó ir al pueblo.
Y Jehová dijo á Moisés: Extiende tu mano hacia el cielo, para que venga granizo en toda la tierra de Egipto sobre los hombres, y sobre las bestias, y sobre toda la hierba del campo en el país de Egipto.
Y respondióle Moisés: En saliendo yo de la ciudad extenderé mis manos á Jehová, y los truenos cesarán, y no habrá más granizo; para que sepas que de Jehová es la tierra.
Y JEHOVÁ dijo á Moisés: Entra á Faraón; porque yo he agravado su corazón, y el corazón de sus siervos, para dar entre ellos estas mis señales;
La cual cubrirá la faz de la tierra, de modo que no pueda verse la tierra; y ella comerá lo que quedó salvo, lo que os ha quedado del granizo; comerá asimismo todo árbol que os produce fruto en el campo:
Y cubrió la faz de todo el país, y oscurecióse la tierra; y consumió toda la hierba de la tierra, y todo el fruto de los árboles que había dejado el granizo; que no quedó cosa verde en árboles ni en hierba del campo, por toda la tierra de Egipto.
Mas Jehová endureció el corazón de Faraón; y no envió los hijos de Israel.
Y extendió Moisés su mano hacia el cielo, y hubo densas tinieblas tres días por toda la tierra de Egipto.
Y Moisés respondió: Bien has dicho; no veré más tu rostro.
Y JEHOVÁ dijo á Moisés: Una plaga traeré aún sobre Faraón, y sobre Egipto; después de la cual él os dejará ir de aquí; y seguramente os echará de aquí del todo.
Y la sangre os será por señal en las casas donde vosotros estéis; y veré la sangre, y pasaré de vosotros, y no habrá en vosotros plaga de mortandad, cuando heriré la tierra de Egipto.
Y será, cuando habréis entrado en la tierra que Jehová os dará, como tiene hablado, que guardaréis este rito.
Y los hijos de Israel se fueron, é hicieron puntualmente así; como Jehová había mandado á Moisés y á Aarón.
Y aconteció que á la medianoche Jehová hirió á todo primogénito en la tierra de Egipto, desde el primogénito de Faraón que se sentaba sobre su trono, hasta el primogénito del cautivo que estaba en la cárcel, y todo primogénito de los animales.
E hizo llamar á Moisés y á Aarón de noche, y díjoles: Salid de en medio de mi pueblo vosotros, y los hijos de Israel; é id, servid á Jehová, como habéis dicho.
Y Jehová dió gracia al pueblo delante de los Egipcios, y prestáronles; y ellos despojaron á los Egipcios.
Y también subió con ellos grande multitud de diversa suerte de gentes; y ovejas, y ganados muy muchos.
Es noche de guardar á Jehová, por haberlos sacado en ella de la tierra de Egipto. Esta noche deben guardar á Jehová todos los hijos de Israel en sus generaciones.
En una casa se comerá, y no llevarás de aquella carne fuera de casa, ni quebraréis hueso suyo.
Mas si algún extranjero peregrinare contigo, y quisiere hacer la pascua á Jehová, séale circuncidado todo varón, y entonces se llegará á hacerla, y será como el natural de la tierra; pero ningún incircunciso comerá de ella.
La misma ley será para el natural y para el extranjero que peregrinare entre vosotros.
Siete días comerás por leudar, y el séptimo día será fiesta á Jehová.
Serte ha, pues, como una señal sobre tu mano, y por una memoria delante de tus ojos; ya que Jehová nos sacó de Egipto con mano fuerte.
Y fué dado aviso al rey de Egipto cómo el pueblo se huía: y el corazón de Faraón y de sus siervos se volvió contra el pueblo, y dijeron: ¿Cómo hemos hecho esto de haber dejado ir á Israel, para que no nos sirva?
¿No es esto lo que te hablamos en Egipto, diciendo: Déjanos servir á los Egipcios? Que mejor nos fuera servir á los Egipcios, que morir nosotros en el desierto.
Jehová peleará por vosotros, y vosotros estaréis quedos.
Entonces Jehová dijo á Moisés: ¿Por qué clamas á mí? di á los hijos de Israel que marchen:
Y sabrán los Egipcios que yo soy Jehová, cuando me glorificaré en Faraón, en sus carros, y en su gente de á caballo.
Y extendió Moisés su mano sobre la mar, é hizo Jehová que la mar se retirase por recio viento oriental toda aquella noche; y tornó la mar en seco, y las aguas quedaron divididas.
Los abismos los cubrieron; como piedra descendieron á los profundos.
El enemigo dijo: Perseguiré, prenderé, repartiré despojos; mi alma se henchirá de ellos; sacaré mi espada, destruirlos ha mi mano.
Y María les respondía: Cantad á Jehová; porque en extremo se ha engrandecido, echando en la mar al caballo, y al que en él subía.
Y dijo Moisés á Aarón: Di á toda la congregación de los hijos de Israel: Acercaos á la presencia de Jehová; que él ha oído vuestras murmuraciones.
Y Jehová habló á Moisés, diciendo:
En el sexto día recogieron doblada comida, dos gomeres para cada uno: y todos los príncipes de la congregación vinieron á Moisés, y se lo hicieron saber.
Y él les dijo: Esto es lo que ha dicho Jehová: Mañana es el santo sábado, el reposo de Jehová: lo que hubiereis de cocer, cocedlo hoy, y lo que hubiereis de cocinar, cocinadlo; y todo lo que os sobrare, guardadlo para mañana.
Y TODA la congregación de los hijos de Israel partió del desierto de Sin, por sus jornadas, al mandamiento de Jehová, y asentaron el campo en Rephidim: y no había agua para que el pueblo bebiese.
Y vino Amalec, y peleó con Israel en Rephidim.
Y OYÓ Jethro, sacerdote de Madián, suegro de Moisés, todas las cosas que Dios había hecho con Moisés, y con Israel su pueblo, y cómo Jehová había sacado á Israel de Egipto:
Y Moisés salió á recibir á su suegro, é inclinóse, y besólo: y preguntáronse el uno al otro cómo estaban, y vinieron á la tienda.
Cuando tienen negocios, vienen á mí; y yo juzgo entre el uno y el otro, y declaro las ordenanzas de Dios y sus leyes.
Los cuales juzgarán al pueblo en todo tiempo; y será que todo negocio grave lo traerán á ti, y ellos juzgarán todo negocio pequeño: alivia así la carga de sobre ti, y llevarla han ellos contigo.
Si esto hicieres, y Dios te lo mandare, tú podrás persistir, y todo este pueblo se irá también en paz á su lugar.
Y oyó Moisés la voz de su suegro, é hizo todo lo que dijo.
Y descendió Moisés del monte al pueblo, y santificó al pueblo; y lavaron sus vestidos.
Y Moisés sacó del real al pueblo á recibir á Dios; y pusiéronse á lo bajo del monte.
Mas el séptimo día será reposo para Jehová tu Dios: no hagas en él obra alguna, tú, ni tu hijo, ni tu hija, ni tu siervo, ni tu criada ni tu bestia, ni tu extranjero que está dentro de tus puertas:
Honra á tu padre y á tu madre, porque tus días se alarguen en la tierra que Jehová tu Dios te da.
No hurtarás.
Entonces el pueblo se puso de lejos, y Moisés se llegó á la osbcuridad, en la cual estaba Dios.
Y Jehová dijo á Moisés: Así dirás á los hijos de Israel: Vosotros habéis visto que he hablado desde el cielo con vosotros.
Además, si alguno se ensoberbeciere contra su prójimo, y lo matare con alevosía, de mi altar lo quitarás para que muera.
Y si alguno abriere hoyo, ó cavare cisterna, y no la cubriere, y cayere allí buey ó asno,
Cuando alguno diere á su prójimo plata ó alhajas á guardar, y fuere hurtado de la casa de aquel hombre, si el ladrón se hallare, pagará el doble.
Y si alguno engañare á alguna doncella que no fuere desposada, y durmiere con ella, deberá dotarla y tomarla por mujer.
A la hechicera no dejarás que viva.
A ninguna viuda ni huérfano afligiréis.
Y mi furor se encenderá, y os mataré á cuchillo, y vuestras mujeres serán viudas, y huérfanos vuestros hijos.
Ni al pobre distinguirás en su causa.
Si vieres el asno del que te aborrece caído debajo de su carga, ¿le dejarás entonces desamparado? Sin falta ayudarás con él á levantarlo.
Seis años sembrarás tu tierra, y allegarás su cosecha:
Mas á Jehová vuestro Dios serviréis, y él bendecirá tu pan y tus aguas; y yo quitaré toda enfermedad de en medio de ti.
Y Moisés vino y contó al pueblo todas las palabras de Jehová, y todos los derechos: y todo el pueblo respondió á una voz, y dijeron: Ejecutaremos todas las palabras que Jehová ha dicho.
Conforme á todo lo que yo te mostrare, el diseño del tabernáculo, y el diseño de todos sus vasos, así lo haréis.
Y pondrás la cubierta encima del arca, y en el arca pondrás el testimonio que yo te daré.
Harás asimismo una mesa de madera de Sittim: su longitud será de dos codos, y de un codo su anchura, y su altura de codo y medio.
Y harás cincuenta lazadas en la orilla de la una cortina, al borde en la juntura, y cincuenta lazadas en la orilla de la segunda cortina en la otra juntura.
Y al otro lado del tabernáculo, á la parte del aquilón, veinte tablas;
Y para el lado del tabernáculo, al occidente, harás seis tablas.
Y pondrás la mesa fuera del velo, y el candelero enfrente de la mesa al lado del tabernáculo al mediodía; y pondrás la mesa al lado del aquilón.
Y harás para la cortina cinco columnas de madera de Sittim, las cuales cubrirás de oro, con sus capiteles de oro: y hacerlas has de fundición cinco basas de metal.
Y de la misma manera al lado del aquilón habrá á lo largo cortinas de cien codos de longitud, y sus veinte columnas, con sus veinte basas de metal; los capiteles de sus columnas y sus molduras, de plata.
Todos los vasos del tabernáculo en todo su servicio, y todos sus clavos, y todos los clavos del atrio, serán de metal.
Y el artificio de su cinto que está sobre él, será de su misma obra, de lo mismo; de oro, cárdeno, y púrpura, y carmesí, y lino torcido.
Harás pues, engastes de oro,
Será cuadrado y doble, de un palmo de largo y un palmo de ancho:
El tercer orden, un rubí, un ágata, y una amatista;
Y los dos cabos de las dos trenzas sobre los dos engastes, y las pondrás á los lados del ephod en la parte delantera.
Y llevará Aarón los nombres de los hijos de Israel en el racional del juicio sobre su corazón, cuando entrare en el santuario, para memoria delante de Jehová continuamente.
Y en medio de él por arriba habrá una abertura, la cual tendrá un borde alrededor de obra de tejedor, como el cuello de un coselete, para que no se rompa.
Tomarás también todo el sebo que cubre los intestinos, y el redaño de sobre el hígado, y los dos riñones, y el sebo que está sobre ellos, y los quemarás sobre el altar.
Y allí testificaré de mí á los hijos de Israel, y el lugar será santificado con mi gloria.
Y cubrirlo has de oro puro, su techado, y sus paredes en derredor, y sus cuernos: y le harás en derredor una corona de oro.
Cuando tomares el número de los hijos de Israel conforme á la cuenta de ellos, cada uno dará á Jehová el rescate de su persona, cuando los contares, y no habrá en ellos mortandad por haberlos contado.
Y tomarás de los hijos de Israel el dinero de las expiaciones, y lo darás para la obra del tabernáculo del testimonio: y será por memoria á los hijos de Israel delante de Jehová, para expiar vuestras personas.
Y la mesa, y todos sus vasos, y el candelero, y todos sus vasos, y el altar del perfume,
Cualquiera que compusiere ungüento semejante, y que pusiere de él sobre extraño, será cortado de sus pueblos.
El tabernáculo del testimonio, y el arca del testimonio, y la cubierta que está sobre ella, y todos los vasos del tabernáculo;
Y respondió Aarón: No se enoje mi señor; tú conoces el pueblo, que es inclinado á mal.
Y viendo Moisés que el pueblo estaba despojado, porque Aarón lo había despojado para vergüenza entre sus enemigos,
Y Jehová hirió al pueblo, porque habían hecho el becerro que formó Aarón.
Y él dijo: Mi rostro irá contigo, y te haré descansar.
Y él respondió: Si tu rostro no ha de ir conmigo, no nos saques de aquí.
Guarda lo que yo te mando hoy; he aquí que yo echo de delante de tu presencia al Amorrheo, y al Cananeo, y al Hetheo, y al Pherezeo, y al Heveo, y al Jebuseo.
Guárdate que no hagas alianza con los moradores de la tierra donde has de entrar, porque no sean por tropezadero en medio de tí:
No ofrecerás con leudo la sangre de mi sacrificio; ni quedará de la noche para la mañana el sacrificio de la fiesta de la pascua.
Y llamólos Moisés; y Aarón y todos los príncipes de la congregación volvieron á él, y Moisés les habló.
El arca, y sus varas, la cubierta, y el velo de la tienda;
Todo hombre que se hallaba con jacinto, ó púrpura, ó carmesí, ó lino fino, ó pelo de cabras, ó cueros rojos de carneros, ó cueros de tejones, lo traía.
Además todas las mujeres sabias de corazón hilaban de sus manos, y traían lo que habían hilado: cárdeno, ó púrpura, ó carmesí, ó lino fino.
Y los príncipes trajeron piedras de onix, y las piedras de los engastes para el ephod y el racional;
HIZO, pues, Bezaleel y Aholiab, y todo hombre sabio de corazón, á quien Jehová dió sabiduría é inteligencia para que supiesen hacer toda la obra del servicio del santuario, todas las cosas que había mandado Jehová.
La longitud de la una cortina era de treinta codos, y la anchura de cuatro codos: las once cortinas tenían una misma medida.
La longitud de cada tabla de diez codos, y de codo y medio la anchura.
Hízole además de fundición cuatro anillos de oro á sus cuatro esquinas; en el un lado dos anillos y en el otro lado dos anillos.
Hizo también los dos querubines de oro, hízolos labrados á martillo, á los dos cabos de la cubierta:
Delante de la moldura estaban los anillos, por los cuales se metiesen las varas para llevar la mesa.
En el un brazo, tres copas figura de almendras, una manzana y una flor; y en el otro brazo tres copas figura de almendras, una manzana y una flor: y así en los seis brazos que salían del candelero.
De un talento de oro puro lo hizo, con todos sus vasos.
Y cubriólo de oro puro, su mesa y sus paredes alrededor, y sus cuernos: é hízole una corona de oro alrededor.
Hízole también dos anillos de oro debajo de la corona en las dos esquinas á los dos lados, para pasar por ellos las varas con que había de ser conducido.
Y metió las varas por los anillos á los lados del altar, para llevarlo con ellas: hueco lo hizo, de tablas.
Estas son las cuentas del tabernáculo, del tabernáculo del testimonio, lo que fué contado de orden de Moisés por mano de Ithamar, hijo de Aarón sacerdote, para el ministerio de los Levitas.
Y extendieron las planchas de oro, y cortaron hilos para tejerlos entre el jacinto, y entre la púrpura, y entre el carmesí, y entre el lino, con delicada obra.
E hicieron dos anillos de oro, que pusieron en los dos cabos del racional en su orilla, á la parte baja del ephod.
Asimismo la mitra de lino fino, y los adornos de los chapeos (tiaras) de lino fino, y los pañetes de lino, de lino torcido;
Y vió Moisés toda la obra, y he aquí que la habían hecho como Jehová había mandado; y bendíjolos.
Y JEHOVÁ habló á Moisés, diciendo:
Y meterás la mesa, y la pondrás en orden: meterás también el candelero, y encenderás sus lámparas:
Y tomarás el aceite de la unción, y ungirás el tabernáculo, y todo lo que está en él; y le santificarás con todos sus vasos, y será santo.
Y harás llegar á Aarón y á sus hijos á la puerta del tabernáculo del testimonio, y los lavarás con agua.
Puso también el altar de oro en el tabernáculo del testimonio, delante del velo:
Y encendió sobre él el perfume aromático; como Jehová había mandado á Moisés.
Pero si la nube no se alzaba, no se partían hasta el día en que ella se alzaba.
Y la traerá á los sacerdotes, hijos de Aarón; y de ello tomará el sacerdote su puño lleno de su flor de harina y de su aceite, con todo su incienso, y lo hará arder sobre el altar: ofrenda encendida para recuerdo, de olor suave á Jehová.
Y los dos riñones, y el sebo que está sobre ellos, y sobre los ijares, y con los riñones quitará el redaño que está sobre el hígado.
Y los hijos de Aarón harán arder esto en el altar, sobre el holocausto que estará sobre la leña que habrá encima del fuego; es ofrenda de olor suave á Jehová.
Y pondrá su mano sobre la cabeza de su ofrenda, y después la degollará delante del tabernáculo del testimonio; y los hijos de Aarón rociarán su sangre sobre el altar en derredor.
Y si fuere cabra su ofrenda ofrecerála delante de Jehová:
Y traerá el becerro á la puerta del tabernáculo del testimonio delante de Jehová, y pondrá su mano sobre la cabeza del becerro, y lo degollará delante de Jehová.
Y el sacerdote ungido tomará de la sangre del becerro, y la traerá al tabernáculo del testimonio;
Y el cuero del becerro, y toda su carne, con su cabeza, y sus piernas, y sus intestinos, y su estiércol,
Y los ancianos de la congregación pondrán sus manos sobre la cabeza del becerro delante de Jehová; y en presencia de Jehová degollarán aquel becerro.
Y pondrá su mano sobre la cabeza del macho cabrío, y lo degollará en el lugar donde se degüella el holocausto delante de Jehová; es expiación.
Y tomará el sacerdote con su dedo de la sangre de la expiación, y pondrá sobre los cuernos del altar del holocausto, y derramará la sangre al pie del altar del holocausto:
Y pondrá su mano sobre la cabeza de la expiación, y la degollará en el lugar del holocausto.
Y si trajere cordero para su ofrenda por el pecado, hembra sin defecto traerá:
Después tomará el sacerdote con su dedo de la sangre de la expiación, y pondrá sobre los cuernos del altar del holocausto; y derramará toda la sangre al pie del altar:
O si tocare á hombre inmundo en cualquiera inmundicia suya de que es inmundo, y no lo echare de ver; si después llega á saberlo, será culpable.
Y HABLÓ Jehová á Moisés, diciendo:
Y habló Jehová á Moisés, diciendo:
ASIMISMO esta es la ley de la expiación de la culpa: es cosa muy santa.
Y de ella ofrecerá todo su sebo, la cola, y el sebo que cubre los intestinos.
Y lo que quedare para el tercer día de la carne del sacrificio, será quemado en el fuego.
Además, la persona que tocare alguna cosa inmunda, en inmundicia de hombre, ó en animal inmundo, ó en cualquiera abominación inmunda, y comiere la carne del sacrificio de las paces, el cual es de Jehová, aquella persona será cortada de sus pueblos.
Porque cualquiera que comiere sebo de animal, del cual se ofrece á Jehová ofrenda encendida, la persona que lo comiere, será cortada de sus pueblos.
Habla á los hijos de Israel, diciendo: El que ofreciere sacrificio de sus paces á Jehová, traerá su ofrenda del sacrificio de sus paces á Jehová;
Y tomó Moisés el aceite de la unción, y ungió el tabernáculo, y todas las cosas que estaban en él, y santificólas.
Lavó luego con agua los intestinos y piernas, y quemó Moisés todo el carnero sobre el altar: holocausto en olor de suavidad, ofrenda encendida á Jehová; como lo había Jehová mandado á Moisés.
Hizo llegar luego los hijos de Aarón, y puso Moisés de la sangre sobre la ternilla de sus orejas derechas, y sobre los pulgares de sus manos derechas, y sobre los pulgares de sus pies derechos: y roció Moisés la sangre sobre el altar en derredor;
Luego tomó Moisés del aceite de la unción, y de la sangre que estaba sobre el altar, y roció sobre Aarón, y sobre sus vestiduras, sobre sus hijos, y sobre las vestiduras de sus hijos con él; y santificó á Aarón, y sus vestiduras, y á sus hijos, y las vestiduras de sus hijos con él.
A la puerta, pues, del tabernáculo del testimonio estaréis día y noche por siete días, y guardaréis la ordenanza delante de Jehová, para que no muráis; porque así me ha sido mandado.
Luego lavó los intestinos y las piernas, y quemólos sobre el holocausto en el altar.
Ofreció asimismo el presente, é hinchió de él su mano, y lo hizo quemar sobre el altar, además del holocausto de la mañana.
Degolló también el buey y el carnero en sacrificio de paces, que era del pueblo: y los hijos de Aarón le presentaron la sangre (la cual roció él sobre el altar alrededor),
Y respondió Aarón á Moisés: He aquí hoy han ofrecido su expiación y su holocausto delante de Jehová: pero me han acontecido estas cosas: pues si comiera yo hoy de la expiación, ¿hubiera sido acepto á Jehová?
Asimismo la liebre, porque rumia, mas no tiene pezuña, tendréisla por inmunda;
Mas todas las cosas que no tienen aletas ni escamas en la mar y en los ríos, así de todo reptil de agua como de toda cosa viviente que está en las aguas, las tendréis en abominación.
El avestruz, y la lechuza, y el laro, y el gavilán según su especie,
Y él ofrecerá delante de Jehová, y hará expiación por ella, y será limpia del flujo de su sangre. Esta es la ley de la que pariere varón ó hembra.
Y HABLÓ Jehová á Moisés y á Aarón, diciendo:
Cuando el hombre tuviere en la piel de su carne hinchazón, ó postilla, ó mancha blanca, y hubiere en la piel de su carne como llaga de lepra, será traído á Aarón el sacerdote, ó á uno de los sacerdotes sus hijos:
Y cuando en la carne, en su piel, hubiere apostema, y se sanare,
Asimismo cuando la carne tuviere en su piel quemadura de fuego, y hubiere en lo sanado del fuego mancha blanquecina, bermejiza ó blanca,
Y al hombre ó mujer que le saliere llaga en la cabeza, ó en la barba,
Entonces lo trasquilarán, mas no trasquilarán el lugar de la tiña: y encerrará el sacerdote al que tiene la tiña por otros siete días.
Mas si el sacerdote la viere, y pareciere que la plaga se ha oscurecido después que fué lavada, la cortará del vestido, ó de la piel, ó del estambre, ó de la trama.
Y el día octavo tomará dos corderos sin defecto, y una cordera de un año sin tacha; y tres décimas de flor de harina para presente, amasada con aceite, y un log de aceite.
Las cuales cosas traerá al octavo día de su purificación al sacerdote, á la puerta del tabernáculo del testimonio delante de Jehová.
Y mirará la plaga: y si se vieren manchas en las paredes de la casa, cavernillas verdosas ó rojas, las cuales parecieren más hundidas que la pared,
Derribará, por tanto, la tal casa, sus piedras, y sus maderos, y toda la mezcla de la casa; y lo sacará fuera de la ciudad á lugar inmundo.
Mas si entrare el sacerdote y mirare, y viere que la plaga no se ha extendido en la casa después que fué encostrada, el sacerdote dará la casa por limpia, porque la plaga ha sanado.
Luego soltará la avecilla viva fuera de la ciudad sobre la haz del campo: así hará expiación por la casa, y será limpia.
Y la vasija de barro en que tocare el que tiene flujo, será quebrada; y toda vasija de madera será lavada con agua.
Y toda vestimenta, ó toda piel sobre la cual hubiere el derramamiento del semen, lavaráse con agua, y será inmunda hasta la tarde.
Y todo aquello sobre que ella se acostare mientras su separación, será inmundo: también todo aquello sobre que se sentare, será inmundo.
Toda cama en que durmiere todo el tiempo de su flujo, le será como la cama de su costumbre; y todo mueble sobre que se sentare, será inmundo, como la inmundicia de su costumbre.
Y cuando fuere libre de su flujo, se ha de contar siete días, y después será limpia.
Esta es la ley del que tiene flujo, y del que sale derramamiento de semen, viniendo á ser inmundo á causa de ello;
Tomará luego de la sangre del becerro, y rociará con su dedo hacia la cubierta al lado oriental: hacia la cubierta esparcirá siete veces de aquella sangre con su dedo.
Después vendrá Aarón al tabernáculo del testimonio, y se desnudará las vestimentas de lino, que había vestido para entrar en el santuario, y pondrálas allí.
Y el que hubiere llevado el macho cabrío á Azazel, lavará sus vestidos, lavará también con agua su carne, y después entrará en el real.
Y sacará fuera del real el becerro del pecado, y el macho cabrío de la culpa, la sangre de los cuales fué metida para hacer la expiación en el santuario; y quemarán en el fuego sus pellejos, y sus carnes, y su estiércol.
Y expiará el santuario santo, y el tabernáculo del testimonio; expiará también el altar, y á los sacerdotes, y á todo el pueblo de la congregación.
Habla á Aarón y á sus hijos, y á todos los hijos de Israel, y diles: Esto es lo que ha mandado Jehová, diciendo:
Habla á los hijos de Israel, y diles: Yo soy Jehová vuestro Dios.
No haréis como hacen en la tierra de Egipto, en la cual morasteis; ni haréis como hacen en la tierra de Canaán, á la cual yo os conduzco; ni andaréis en sus estatutos.
Ningún varón se allegue á ninguna cercana de su carne, para descubrir su desnudez: Yo Jehová.
Y HABLÓ Jehová á Moisés, diciendo:
Habla á toda la congregación de los hijos de Israel, y diles: Santos seréis, porque santo soy yo Jehová vuestro Dios.
Y él traerá á Jehová, á la puerta del tabernáculo del testimonio, un carnero en expiación por su culpa.
Mas al quinto año comeréis el fruto de él, para que os haga crecer su fruto: Yo Jehová vuestro Dios.
Y no haréis rasguños en vuestra carne por un muerto, ni imprimiréis en vosotros señal alguna: Yo Jehová.
Mis sábados guardaréis, y mi santuario tendréis en reverencia: Yo Jehová.
Y cuando el extranjero morare contigo en vuestra tierra, no le oprimiréis.
Balanzas justas, pesas justas, epha justo, é hin justo tendréis: Yo Jehová vuestro Dios, que os saqué de la tierra de Egipto.
Entonces yo pondré mi rostro contra aquel varón, y contra su familia, y le cortaré de entre su pueblo, con todos los que fornicaron en pos de él, prostituyéndose con Moloch.
La desnudez de la hermana de tu madre, ó de la hermana de tu padre, no descubrirás: por cuanto descubrió su parienta, su iniquidad llevarán.
Por tanto, vosotros haréis diferencia entre animal limpio é inmundo, y entre ave inmunda y limpia: y no ensuciéis vuestras personas en los animales, ni en las aves, ni en ninguna cosa que va arrastrando por la tierra, las cuales os he apartado por inmundas.
O por su hermana virgen, á él cercana, la cual no haya tenido marido, por ella se contaminará.
Y la hija del varón sacerdote, si comenzare á fornicar, á su padre amancilla: quemada será al fuego.
Y no amancillará su simiente en sus pueblos; porque yo Jehová soy el que los santifico.
Y Moisés habló esto á Aarón, y á sus hijos, y á todos los hijos de Israel.
Ningún extraño comerá cosa sagrada; el huésped del sacerdote, ni el jornalero, no comerá cosa sagrada.
Pero si la hija del sacerdote fuere viuda, ó repudiada, y no tuviere prole, y se hubiere vuelto á la casa de su padre, como en su mocedad, comerá del pan de su padre; mas ningún extraño coma de él.
Y cuando sacrificareis sacrificio de hacimiento de gracias á Jehová, de vuestra voluntad lo sacrificaréis.
Que os saqué de la tierra de Egipto, para ser vuestro Dios: Yo Jehová.
Estas son las solemnidades de Jehová, las convocaciones santas, á las cuales convocaréis en sus tiempos.
Y os habéis de contar desde el siguiente día del sábado, desde el día en que ofrecisteis el omer de la ofrenda mecida; siete semanas cumplidas serán:
De vuestras habitaciones traeréis dos panes para ofrenda mecida, que serán de dos décimas de flor de harina, cocidos con levadura, por primicias á Jehová.
Y habló Jehová á Moisés, diciendo:
Siete días ofreceréis ofrenda encendida á Jehová: el octavo día tendréis santa convocación, y ofreceréis ofrenda encendida á Jehová: es fiesta: ninguna obra servil haréis.
Empero á los quince del mes séptimo, cuando hubiereis allegado el fruto de la tierra, haréis fiesta á Jehová por siete días: el primer día será sábado; sábado será también el octavo día.
En cabañas habitaréis siete días: todo natural de Israel habitará en cabañas;
Cada día de sábado lo pondrá de continuo en orden delante de Jehová, de los hijos de Israel por pacto sempiterno.
En aquella sazón el hijo de una mujer Israelita, el cual era hijo de un Egipcio, salió entre los hijos de Israel; y el hijo de la Israelita y un hombre de Israel riñeron en el real:
Y te has de contar siete semanas de años, siete veces siete años; de modo que los días de las siete semanas de años vendrán á serte cuarenta y nueve años.
Mas si no alcanzare su mano lo que basta para que vuelva á él, lo que vendió estará en poder del que lo compró hasta el año del jubileo; y al jubileo saldrá, y él volverá á su posesión.
Y el que comprare de los Levitas, saldrá de la casa vendida, ó de la ciudad de su posesión, en el jubileo: por cuanto las casas de las ciudades de los Levitas es la posesión de ellos entre los hijos de Israel.
Porque mis siervos son los hijos de Israel; son siervos míos, á los cuales saqué de la tierra de Egipto: Yo Jehová vuestro Dios.
NO haréis para vosotros ídolos, ni escultura, ni os levantaréis estatua, ni pondréis en vuestra tierra piedra pintada para inclinaros á ella: porque yo soy Jehová vuestro Dios.
Guardad mis sábados, y tened en reverencia mi santuario: Yo Jehová.
Yo daré vuestra lluvia en su tiempo, y la tierra rendirá sus producciones, y el árbol del campo dará su fruto;
Y yo daré paz en la tierra, y dormiréis, y no habrá quien os espante: y haré quitar las malas bestias de vuestra tierra, y no pasará por vuestro país la espada:
Y comeréis lo añejo de mucho tiempo, y sacaréis fuera lo añejo á causa de lo nuevo:
Enviaré también contra vosotros bestias fieras que os arrebaten los hijos, y destruyan vuestros animales, y os apoquen, y vuestros caminos sean desiertos.
Cuando yo os quebrantare el arrimo del pan, cocerán diez mujeres vuestro pan en un horno, y os devolverán vuestro pan por peso; y comeréis, y no os hartaréis.
Antes me acordaré de ellos por el pacto antiguo, cuando los saqué de la tierra de Egipto á los ojos de las gentes, para ser su Dios: Yo Jehová.
Y HABLÓ Jehová á Moisés, diciendo:
Mas si fuere de sesenta años arriba, por el varón tu estimación será quince siclos, y por la hembra diez siclos.
Pero si fuere más pobre que tu estimación, entonces comparecerá ante el sacerdote, y el sacerdote le pondrá tasa: conforme á la facultad del votante le impondrá tasa el sacerdote.
Y el sacerdote lo apreciará, sea bueno ó sea malo; conforme á la estimación del sacerdote, así será.
Y cuando alguno santificare su casa consagrándola á Jehová, la apreciará el sacerdote, sea buena ó sea mala: según la apreciare el sacerdote, así quedará.
Sino que cuando saliere en el jubileo, la tierra será santa á Jehová, como tierra consagrada: la posesión de ella será del sacerdote.
Pero ninguna cosa consagrada, que alguno hubiere santificado á Jehová de todo lo que tuviere, de hombres y animales, y de las tierras de su posesión, no se venderá, ni se redimirá: todo lo consagrado será cosa santísima á Jehová.
Y todas las décimas de la tierra, así de la simiente de la tierra como del fruto de los árboles, de Jehová son: es cosa consagrada á Jehová.
De Zabulón, Eliab hijo de Helón.
De los hijos de Simeón, por sus generaciones, por sus familias, por las casas de sus padres, los contados de ellos conforme á la cuenta de los nombres por sus cabezas, todos los varones de veinte años arriba, todos los que podían salir á la guerra;
Los contados de ellos, de la tribu de Ephraim, cuarenta mil y quinientos.
Mas tú pondrás á los Levitas en el tabernáculo del testimonio, y sobre todos sus vasos, y sobre todas las cosas que le pertenecen: ellos llevarán el tabernáculo y todos sus vasos, y ellos servirán en él, y asentarán sus tiendas alrededor del tabernáculo.
Y cuando el tabernáculo partiere, los Levitas lo desarmarán; y cuando el tabernáculo parare, los Levitas lo armarán: y el extraño que se llegare, morirá.
Estos acamparán al levante, al oriente: la bandera del ejército de Judá, por sus escuadrones; y el jefe de los hijos de Judá, Naasón hijo de Aminadab:
Y su hueste, sus contados, cuarenta y seis mil y quinientos.
Y su hueste, con los contados de ellos, cuarenta mil y quinientos.
Junto á él acamparán los de la tribu de Aser: y el jefe de los hijos de Aser, Phegiel hijo de Ocrán;
E hicieron los hijos de Israel conforme á todas las cosas que Jehová mandó á Moisés; así asentaron el campo por sus banderas, y así marcharon cada uno por sus familias, según las casas de sus padres.
Y estos son los nombres de los hijos de Aarón: Nadab el primogénito, y Abiú, Eleazar, é Ithamar.
Mas Nadab y Abiú murieron delante de Jehová, cuando ofrecieron fuego extraño delante de Jehová, en el desierto de Sinaí: y no tuvieron hijos: y Eleazar é Ithamar ejercieron el sacerdocio delante de Aarón su padre.
Y darás los Levitas á Aarón y á sus hijos: le son enteramente dados de entre los hijos de Israel.
Y he aquí yo he tomado los Levitas de entre los hijos de Israel en lugar de todos los primogénitos que abren la matriz entre los hijos de Israel; serán pues míos los Levitas:
Y el jefe de la casa del padre de los Gersonitas, Eliasaph hijo de Lael.
Y el jefe de la casa del padre de las familias de Merari, Suriel hijo de Abihail: acamparán al lado del tabernáculo, al aquilón.
Y por los rescates de los doscientos y setenta y tres, que sobrepujan á los Levitas los primogénitos de los hijos de Israel,
Y quitarán la ceniza del altar, y extenderán sobre él un paño de púrpura:
De edad de treinta años arriba hasta cincuenta años los contarás; todos los que entran en compañía, para hacer servicio en el tabernáculo del testimonio.
Este será el servicio de las familias de los hijos de Merari para todo su ministerio en el tabernáculo del testimonio, bajo la mano de Ithamar, hijo de Aarón el sacerdote.
Así hombres como mujeres echaréis, fuera del campo los echaréis; porque no contaminen el campo de aquellos entre los cuales yo habito.
Mas si te has descarriado de tu marido, y te has amancillado, y alguno hubiere tenido coito contigo, fuera de tu marido:
Y el sacerdote lo ofrecerá delante de Jehová, y hará su expiación y su holocausto:
Y ofrecerá el carnero en sacrificio de paces á Jehová, con el canastillo de las cenceñas; ofrecerá asimismo el sacerdote su presente, y sus libaciones.
Esta es la ley del Nazareo que hiciere voto de su ofrenda á Jehová por su nazareato, á más de lo que su mano alcanzare: según el voto que hiciere, así hará, conforme á la ley de su nazareato.
Haga resplandecer Jehová su rostro sobre ti, y haya de ti misericordia:
Entonces los príncipes de Israel, las cabezas de las casas de sus padres, los cuales eran los príncipes de las tribus, que estaban sobre los contados, ofrecieron;
Y trajeron sus ofrendas delante de Jehová, seis carros cubiertos, y doce bueyes; por cada dos príncipes un carro, y cada uno un buey; lo cual ofrecieron delante del tabernáculo.
Una cuchara de oro de diez siclos, llena de perfume;
El sexto día, Eliasaph hijo de Dehuel, príncipe de los hijos de Gad:
Y su ofrenda, un plato de plata de ciento y treinta siclos de peso, un jarro de plata de setenta siclos, al siclo del santuario; ambos llenos de flor de harina amasada con aceite para presente;
Un macho cabrío para expiación;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Gamaliel, hijo de Pedasur.
Un becerro, un carnero, un cordero de un año para holocausto;
Un becerro, un carnero, un cordero de un año para holocausto;
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Pagiel, hijo de Ocrán.
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Ahira, hijo de Enán.
Y HABLÓ Jehová á Moisés, diciendo:
Y ofrecerá Aarón los Levitas delante de Jehová en ofrenda de los hijos de Israel, y servirán en el ministerio de Jehová.
Y Moisés, y Aarón, y toda la congregación de los hijos de Israel, hicieron de los Levitas conforme á todas las cosas que mandó Jehová á Moisés acerca de los Levitas; así hicieron de ellos los hijos de Israel.
Mas desde los cincuenta años volverán del oficio de su ministerio, y nunca más servirán:
Y habló Moisés á los hijos de Israel, para que hiciesen la pascua.
Y hubo algunos que estaban inmundos á causa de muerto, y no pudieron hacer la pascua aquel día; y llegaron delante de Moisés y delante de Aarón aquel día;
Mas el que estuviere limpio, y no estuviere de viaje, si dejare de hacer la pascua, la tal persona será cortada de sus pueblos: por cuanto no ofreció á su tiempo la ofrenda de Jehová, el tal hombre llevará su pecado.
Y el día que el tabernáculo fué levantado, la nube cubrió el tabernáculo sobre la tienda del testimonio; y á la tarde había sobre el tabernáculo como una apariencia de fuego, hasta la mañana.
Y cuando era que la nube se detenía desde la tarde hasta la mañana, cuando á la mañana la nube se levantaba, ellos partían: ó si había estado el día, y á la noche la nube se levantaba, entonces partían.
Y en el día de vuestra alegría, y en vuestras solemnidades, y en los principios de vuestros meses, tocaréis las trompetas sobre vuestros holocaustos, y sobre los sacrificios de vuestras paces, y os serán por memoria delante de vuestro Dios: Yo Jehová vuestro Dios.
Y él le respondió: Yo no iré, sino que me marcharé á mi tierra y á mi parentela.
Y ACONTECIÓ que el pueblo se quejó á oídos de Jehová: y oyólo Jehová, y enardecióse su furor, y encendióse en ellos fuego de Jehová y consumió el un cabo del campo.
Y cuando descendía el rocío sobre el real de noche, el maná descendía de sobre él.
¿De dónde tengo yo carne para dar á todo este pueblo? porque lloran á mí, diciendo: Danos carne que comamos.
No puedo yo solo soportar á todo este pueblo, que me es pesado en demasía.
No comeréis un día, ni dos días, ni cinco días, ni diez días, ni veinte días;
Entonces dijo Moisés: Seiscientos mil de á pie es el pueblo en medio del cual yo estoy; y tú dices: Les daré carne, y comerán el tiempo de un mes.
¿Se han de degollar para ellos ovejas y bueyes que les basten? ¿ó se juntarán para ellos todos los peces de la mar para que tengan abasto?
Y aquel varón Moisés era muy manso, más que todos los hombres que había sobre la tierra.
Y Jehová habló á Moisés, diciendo:
De la tribu de José, de la tribu de Manasés, Gaddi hijo de Susi.
Y anduvieron y vinieron á Moisés y á Aarón, y á toda la congregación de los hijos de Israel, en el desierto de Parán, en Cades, y diéronles la respuesta, y á toda la congregación, y les mostraron el fruto de la tierra.
Mas el pueblo que habita aquella tierra es fuerte, y las ciudades muy grandes y fuertes; y también vimos allí los hijos de Anac.
Entonces Caleb hizo callar el pueblo delante de Moisés, y dijo: Subamos luego, y poseámosla; que más podremos que ella.
Y hablaron á toda la congregación de los hijos de Israel, diciendo: La tierra por donde pasamos para reconocerla, es tierra en gran manera buena.
Mas vuestros chiquitos, de los cuales dijisteis que serían por presa, yo los introduciré, y ellos conocerán la tierra que vosotros despreciasteis.
Aquellos varones que habían hablado mal de la tierra, murieron de plaga delante de Jehová.
Y de vino para la libación ofrecerás la cuarta parte de un hin, además del holocausto ó del sacrificio, por cada un cordero.
Todas las cosas que Jehová os ha mandado por la mano de Moisés, desde el día que Jehová lo mandó, y en adelante por vuestras edades,
Y ellos se echaron sobre sus rostros, y dijeron: Dios, Dios de los espíritus de toda carne, ¿no es un hombre el que pecó? ¿y airarte has tú contra toda la congregación?
Y Moisés se levantó, y fué á Dathán y á Abiram; y los ancianos de Israel fueron en pos de él.
Y aconteció que, como se juntó la congregación contra Moisés y Aarón, miraron hacia el tabernáculo del testimonio, y he aquí la nube lo había cubierto, y apareció la gloria de Jehová.
Y aconteció que el día siguiente vino Moisés al tabernáculo del testimonio; y he aquí que la vara de Aarón de la casa de Leví había brotado, y echado flores, y arrojado renuevos, y producido almendras.
Y á tus hermanos también, la tribu de Leví, la tribu de tu padre, hazlos llegar á ti, y júntense contigo, y servirte han; y tú y tus hijos contigo serviréis delante del tabernáculo del testimonio.
Mas el primogénito de vaca, y el primogénito de oveja, y el primogénito de cabra, no redimirás; santificados son: la sangre de ellos rociarás sobre el altar, y quemarás la grosura de ellos, ofrenda encendida en olor suave á Jehová.
Mas los Levitas harán el servicio del tabernáculo del testimonio, y ellos llevarán su iniquidad: estatuto perpetuo por vuestras edades; y no poseerán heredad entre los hijos de Israel.
Luego tomará el sacerdote palo de cedro, é hisopo, y escarlata, y lo echará en medio del fuego en que arde la vaca.
Esta es la ley para cuando alguno muriere en la tienda: cualquiera que entrare en la tienda y todo el que estuviere en ella, será inmundo siete días.
Y todo vaso abierto, sobre el cual no hubiere tapadera bien ajustada, será inmundo.
Y un hombre limpio tomará hisopo, y mojarálo en el agua, y rociará sobre la tienda, y sobre todos los muebles, y sobre las personas que allí estuvieren, y sobre aquel que hubiere tocado el hueso, ó el matado, ó el muerto, ó el sepulcro:
Y el que fuere inmundo, y no se purificare, la tal persona será cortada de entre la congregación, por cuanto contaminó el tabernáculo de Jehová: no fué rociada sobre él el agua de separación: es inmundo.
Y como no hubiese agua para la congregación, juntáronse contra Moisés y Aarón.
Y habló Jehová á Moisés, diciendo:
Cómo nuestros padres descendieron á Egipto, y estuvimos en Egipto largo tiempo, y los Egipcios nos maltrataron, y á nuestros padres;
Y clamamos á Jehová, el cual oyó nuestra voz, y envió ángel, y sacónos de Egipto; y he aquí estamos en Cades, ciudad al extremo de tus confines:
Y partidos de Cades los hijos de Israel, toda aquella congregación, vinieron al monte de Hor.
Y viendo toda la congregación que Aarón era muerto, hiciéronle duelo por treinta días todas las familias de Israel.
Y habló el pueblo contra Dios y Moisés: ¿Por qué nos hiciste subir de Egipto para que muramos en este desierto? que ni hay pan, ni agua, y nuestra alma tiene fastidio de este pan tan liviano.
Entonces el pueblo vino á Moisés, y dijeron: Pecado hemos por haber hablado contra Jehová, y contra ti: ruega á Jehová que quite de nosotros estas serpientes. Y Moisés oró por el pueblo.
Partidos de allí, asentaron en la arroyada de Zared.
Mas Sehón no dejó pasar á Israel por su término: antes juntó Sehón todo su pueblo, y salió contra Israel en el desierto: y vino á Jahaz, y peleó contra Israel.
Entonces Jehová dijo á Moisés: No le tengas miedo, que en tu mano lo he dado, á él y á todo su pueblo, y á su tierra; y harás de él como hiciste de Sehón, rey de los Amorrheos, que habitaba en Hesbón.
E hirieron á él, y á sus hijos, y á toda su gente, sin que le quedara uno, y poseyeron su tierra.
Así Balaam se levantó por la mañana, y dijo á los príncipes de Balac: Volveos á vuestra tierra, porque Jehová no me quiere dejar ir con vosotros.
Porque sin duda te honraré mucho, y haré todo lo que me dijeres: ven pues ahora, maldíceme á este pueblo.
Entonces Jehová abrió los ojos á Balaam, y vió al ángel de Jehová que estaba en el camino, y tenía su espada desnuda en su mano. Y Balaam hizo reverencia, é inclinóse sobre su rostro.
He aquí, yo he tomado bendición: y él bendijo, y no podré revocarla.
He aquí el pueblo, que como león se levantará, y como león se erguirá: no se echará hasta que coma la presa, y beba la sangre de los muertos.
Entonces Balac dijo á Balaam: Ya que no lo maldices, ni tampoco lo bendigas.
Y COMO vió Balaam que parecía bien á Jehová que él bendijese á Israel, no fué, como la primera y segunda vez, á encuentro de agüeros, sino que puso su rostro hacia el desierto;
Entonces tomó su parábola, y dijo: Dijo Balaam hijo de Beor, y dijo el varón de ojos abiertos:
De sus manos destilarán aguas, y su simiente será en muchas aguas: y ensalzarse ha su rey más que Agag, y su reino será ensalzado.
Que el Cineo será echado, cuando Assur te llevará cautivo.
Y vendrán navíos de la costa de Cittim, y afligirán á Assur, afligirán también á Eber: mas él también perecerá para siempre.
Entonces Jehová habló á Moisés, diciendo:
Y el nombre de la mujer Madianita muerta, era Cozbi, hija de Zur, príncipe de pueblos, padre de familia en Madián.
Por cuanto ellos os afligieron á vosotros con sus ardides, con que os han engañado en el negocio de Peor, y en el negocio de Cozbi, hija del príncipe de Madián, su hermana, la cual fué muerta el día de la mortandad por causa de Peor.
Y ACONTECIÓ después de la mortandad, que Jehová habló á Moisés, y á Eleazar hijo del sacerdote Aarón, diciendo:
Contaréis el pueblo de veinte años arriba, como mandó Jehová á Moisés y á los hijos de Israel, que habían salido de tierra de Egipto.
Estas son las familias de los Rubenitas: y sus contados fueron cuarenta y tres mil setecientos y treinta.
Estas son las familias de los Simeonitas, veinte y dos mil y doscientos.
De Ozni, la familia de los Oznitas; de Eri, la familia de los Eritas;
Y fueron los hijos de Phares: de Hesrón, la familia de los Hesronitas; de Hamul, la familia de los Hamulitas.
Los hijos de Zabulón por sus familias: de Sered, la familia de los Sereditas; de Elón, la familia de los Elonitas; de Jalel, la familia de los Jalelitas.
Y Salphaad, hijo de Hepher, no tuvo hijos sino hijas: y los nombres de las hijas de Salphaad fueron Maala, y Noa, y Hogla, y Milca, y Tirsa.
Estas son las familias de Manasés; y sus contados, cincuenta y dos mil y setecientos.
Estos son los hijos de Dan por sus familias: de Suham, la familia de los Suhamitas. Estas son las familias de Dan por sus familias.
Los hijos de Beria: de Heber, la familia de los Heberitas; de Malchîel, la familia de los Malchîelitas.
Mas Nadab y Abiú murieron, cuando ofrecieron fuego extraño delante de Jehová.
Ponga Jehová, Dios de los espíritus de toda carne, varón sobre la congregación,
Y les dirás: Esta es la ofrenda encendida que ofreceréis á Jehová: dos corderos sin tacha de un año, cada un día, será el holocausto continuo.
Mas el día del sábado dos corderos de un año sin defecto, y dos décimas de flor de harina amasada con aceite, por presente, con su libación:
Y un macho cabrío en expiación se ofrecerá á Jehová, además del holocausto continuo con su libación.
Mas en el mes primero, á los catorce del mes será la pascua de Jehová.
Y á los quince días de aqueste mes, la solemnidad: por siete días se comerán ázimos.
El primer día, santa convocación; ninguna obra servil haréis:
Y ofreceréis por ofrenda encendida en holocausto á Jehová dos becerros de la vacada, y un carnero, y siete corderos de un año: sin defecto los tomaréis:
Con cada uno de los siete corderos una décima;
Y el presente de ellos, de flor de harina amasada con aceite, tres décimas con cada becerro, dos décimas con cada carnero,
Y sus presentes y sus libaciones con los becerros, con los carneros, y con los corderos, según el número de ellos, conforme á la ley;
Y sus presentes y sus libaciones con los becerros, con los carneros, y con los corderos, según el número de ellos, conforme á la ley;
El octavo día tendréis solemnidad: ninguna obra servil haréis:
Si su marido lo oyere, y cuando lo oyere callare á ello, los votos de ella serán firmes, y la obligación con que ligó su alma, firme será.
Haz la venganza de los hijos de Israel sobre los Madianitas; después serás recogido á tus pueblos.
Y de la mitad perteneciente á los hijos de Israel tomarás uno de cincuenta, de las personas, de los bueyes, de los asnos, y de las ovejas, de todo animal; y los darás á los Levitas, que tienen la guarda del tabernáculo de Jehová.
Y fué la presa, el resto de la presa que tomaron los hombres de guerra, seiscientas y setenta y cinco mil ovejas,
Y de los bueyes, treinta y seis mil: y de ellos el tributo para Jehová, setenta y dos.
Y de los asnos, treinta mil y quinientos;
Y de las personas, diez y seis mil:)
La tierra que Jehová hirió delante de la congregación de Israel, es tierra de ganado, y tus siervos tienen ganado.
Y respondió Moisés á los hijos de Gad y á los hijos de Rubén: ¿Vendrán vuestros hermanos á la guerra, y vosotros os quedaréis aquí?
¿Y por qué prevenís el ánimo de los hijos de Israel, para que no pasen á la tierra que les ha dado Jehová?
Así hicieron vuestros padres, cuando los envié desde Cades-barnea para que viesen la tierra.
Y he aquí vosotros habéis sucedido en lugar de vuestros padres, prole de hombres pecadores, para añadir aún á la ira de Jehová contra Israel.
Entonces ellos se llegaron á él y dijeron: Edificaremos aquí majadas para nuestro ganado, y ciudades para nuestros niños;
No volveremos á nuestras casas hasta que los hijos de Israel posean cada uno su heredad.
Entonces les respondió Moisés: Si lo hiciereis así, si os apercibiereis para ir delante de Jehová á la guerra,
Y hablaron los hijos de Gad y los hijos de Rubén á Moisés, diciendo: Tus siervos harán como mi señor ha mandado.
Asimismo Noba fué y tomó á Kenath y sus aldeas, y llamóle Noba, conforme á su nombre.
Y partiendo de Succoth, asentaron en Etham, que está al cabo del desierto.
Y partiendo de Mara, vinieron á Elim, donde había doce fuentes de aguas, y setenta palmeras; y asentaron allí.
Y partidos de Dophca, asentaron en Alús.
Y partidos de Ceelatha, asentaron en el monte de Sepher.
Y partidos del monte de Sepher, asentaron en Harada.
Y partidos de Cades, asentaron en el monte de Hor, en la extremidad del país de Edom.
Y partidos de Salmona, asentaron en Phunón.
Y saldrá este término á Ziphón, y serán sus remates en Hasar-enán: este os será el término del norte.
Y mandó Moisés á los hijos de Israel, diciendo: Esta es la tierra que heredaréis por suerte, la cual mandó Jehová que diese á las nueve tribus, y á la media tribu:
Estos son los nombres de los varones que os aposesionarán la tierra: Eleazar el sacerdote, y Josué hijo de Nun.
De la tribu de Benjamín, Elidad hijo de Chislón.
Y de la tribu de los hijos de Issachâr, el príncipe Paltiel hijo de Azan.
Y os serán aquellas ciudades por acogimiento del pariente, y no morirá el homicida hasta que esté á juicio delante de la congregación.
De las ciudades, pues, que daréis, tendréis seis ciudades de acogimiento.
Y si con instrumento de hierro lo hiriere y muriere, homicida es; el homicida morirá:
Y si por odio lo empujó, ó echó sobre él alguna cosa por asechanzas, y muere;
O por enemistad lo hirió con su mano, y murió: el heridor morirá; es homicida; el pariente del muerto matará al homicida, cuando lo encontrare.
Y el pariente del muerto le hallare fuera del término de la ciudad de su acogida, y el pariente del muerto al homicida matare, no se le culpará por ello:
Ni tampoco tomaréis precio del que huyó á su ciudad de refugio, para que vuelva á vivir en su tierra, hasta que muera el sacerdote.
De la familia de los hijos de Manasés, hijo de José, fueron mujeres; y la heredad de ellas quedó en la tribu de la familia de su padre.
ESTAS son las palabras que habló Moisés á todo Israel de esta parte del Jordán en el desierto, en el llano delante del mar Bermejo, entre Parán, y Thopel, y Labán, y Haseroth, y Dizahab.
Y me respondisteis, y dijisteis: Bueno es hacer lo que has dicho.
Y entonces mandé á vuestros jueces, diciendo: Oid entre vuestros hermanos, y juzgad justamente entre el hombre y su hermano, y el que le es extranjero.
Empero no quisisteis subir, antes fuisteis rebeldes al dicho de Jehová vuestro Dios;
Jehová vuestro Dios, el cual va delante de vosotros, él peleará por vosotros, conforme á todas las cosas que hizo por vosotros en Egipto delante de vuestros ojos;
Y en el desierto has visto que Jehová tu Dios te ha traído, como trae el hombre á su hijo, por todo el camino que habéis andado, hasta que habéis venido á este lugar.
Y estuvisteis en Cades por muchos días, como en los días que habéis estado.
Pues Jehová tu Dios te ha bendecido en toda obra de tus manos: él sabe que andas por este gran desierto: estos cuarenta años Jehová tu Dios fué contigo; y ninguna cosa te ha faltado.
Tú pasarás hoy el término de Moab, á Ar,
Y te acercarás delante de los hijos de Ammón: no los molestes, ni te metas con ellos; porque no te tengo de dar posesión de la tierra de los hijos de Ammón; que á los hijos de Lot la he dado por heredad.
Pueblo grande, y numeroso, y alto, como los Anaceos; á los cuales Jehová destruyó de delante de los Ammonitas, quienes les sucedieron, y habitaron en su lugar:
Y á los Heveos que habitaban en Haserin hasta Gaza, los Caftoreos que salieron de Caftor los destruyeron, y habitaron en su lugar.)
La comida me venderás por dinero, y comeré: el agua también me darás por dinero, y beberé: solamente pasaré á pie;
Y saliónos Sehón al encuentro, él y todo su pueblo, para pelear en Jaas.
Y Jehová nuestro Dios entregó también en nuestra mano á Og rey de Basán, y á todo su pueblo, al cual herimos hasta no quedar de él ninguno.
También tomamos en aquel tiempo de mano de dos reyes Amorrheos que estaban de esta parte del Jordán, la tierra desde el arroyo de Arnón hasta el monte de Hermón:
Todas las ciudades de la llanura, y todo Galaad, y todo Basán hasta Salchâ y Edrei, ciudades del reino de Og en Basán.
Porque sólo Og rey de Basán había quedado de los gigantes que quedaron. He aquí su cama, una cama de hierro, ¿no está en Rabbath de los hijos de Ammón?; la longitud de ella de nueve codos, y su anchura de cuatro codos, al codo de un hombre.
Y esta tierra que heredamos entonces desde Aroer, que está al arroyo de Arnón, y la mitad del monte de Galaad con sus ciudades, dí á los Rubenitas y á los Gaditas:
Mas Jehová se había enojado contra mí por causa de vosotros, por lo cual no me oyó: y díjome Jehová: Bástate, no me hables más de este negocio.
Y paramos en el valle delante de Beth-peor.
No añadiréis á la palabra que yo os mando, ni disminuiréis de ella, para que guardéis los mandamientos de Jehová vuestro Dios que yo os ordeno.
Por tanto, guárdate, y guarda tu alma con diligencia, que no te olvides de las cosas que tus ojos han visto, ni se aparten de tu corazón todos los días de tu vida: y enseñarlas has á tus hijos, y á los hijos de tus hijos;
El día que estuviste delante de Jehová tu Dios en Horeb, cuando Jehová me dijo: Júntame el pueblo, para que yo les haga oir mis palabras, las cuales aprenderán, para temerme todos los días que vivieren sobre la tierra: y las enseñarán á sus hijos;
Y porque alzando tus ojos al cielo, y viendo el sol y la luna y las estrellas, y todo el ejército del cielo, no seas incitado, y te inclines á ellos, y les sirvas; que Jehová tu Dios los ha concedido á todos los pueblos debajo de todos los cielos.
Cuando estuviereis en angustia, y te alcanzaren todas estas cosas, si en los postreros días te volvieres á Jehová tu Dios, y oyeres su voz;
Entonces apartó Moisés tres ciudades de esta parte del Jordán al nacimiento del sol,
Y LLAMÓ Moisés á todo Israel, y díjoles: Oye, Israel, los estatutos y derechos que yo pronuncio hoy en vuestros oídos: y aprendedlos, y guardadlos, para ponerlos por obra.
Ahora pues, ¿por qué moriremos? que este gran fuego nos consumirá: si tornáremos á oir la voz de Jehová nuestro Dios, moriremos.
Andad en todo camino que Jehová vuestro Dios os ha mandado, para que viváis, y os vaya bien, y tengáis largos días en la tierra que habéis de poseer.
Oye pues, oh Israel, y cuida de ponerlos por obra, para que te vaya bien, y seáis multiplicados, como te ha dicho Jehová el Dios de tus padres, en la tierra que destila leche y miel.
Porque el Dios celoso, Jehová tu Dios, en medio de ti está; porque no se inflame el furor de Jehová tu Dios contra ti, y te destruya de sobre la haz de la tierra.
Sino porque Jehová os amó, y quiso guardar el juramento que juró á vuestros padres, os ha sacado Jehová con mano fuerte, y os ha rescatado de casa de siervos, de la mano de Faraón, rey de Egipto.
Y consumirás á todos los pueblos que te da Jehová tu Dios: no los perdonará tu ojo; ni servirás á sus dioses, que te será tropiezo.
Y también enviará Jehová tu Dios sobre ellos avispas, hasta que perezcan los que quedaren, y los que se hubieren escondido de delante de ti.
Y no meterás abominación en tu casa, porque no seas anatema como ello; del todo lo aborrecerás y lo abominarás; porque es anatema.
Tierra de trigo y cebada, y de vides, é higueras, y granados; tierra de olivas, de aceite, y de miel;
Y tus vacas y tus ovejas se aumenten, y la plata y el oro se te multiplique, y todo lo que tuvieres se te aumente,
Y en Horeb provocasteis á ira á Jehová, y enojóse Jehová contra vosotros para destruiros.
También en Tabera, y en Massa, y en Kibroth-hataavah, enojasteis á Jehová.
De allí partieron á Gudgod, y de Gudgod á Jotbath, tierra de arroyos de aguas.
Que guardes los mandamientos de Jehová y sus estatutos, que yo te prescribo hoy, para que hayas bien?
Que hace justicia al huérfano y á la viuda; que ama también al extranjero dándole pan y vestido.
Con setenta almas descendieron tus padres á Egipto; y ahora Jehová te ha hecho como las estrellas del cielo en multitud.
Mas vuestros ojos han visto todos los grandes hechos que Jehová ha ejecutado.
Que la tierra á la cual entras para poseerla, no es como la tierra de Egipto de donde habéis salido, donde sembrabas tu simiente, y regabas con tu pie, como huerto de hortaliza.
Y será que, si obedeciereis cuidadosamente mis mandamientos que yo os prescribo hoy, amando á Jehová vuestro Dios, y sirviéndolo con todo vuestro corazón, y con toda vuestra alma,
Porque si guardareis cuidadosamente todos estos mandamientos que yo os prescribo, para que los cumpláis; como améis á Jehová vuestro Dios andando en todos sus caminos, y á él os allegareis,
Destruiréis enteramente todos los lugares donde las gentes que vosotros heredareis sirvieron á sus dioses, sobre los montes altos, y sobre los collados, y debajo de todo árbol espeso:
No haréis como todo lo que nosotros hacemos aquí ahora, cada uno lo que le parece,
Salvo que sangre no comeréis; sobre la tierra la derramaréis como agua.
Ten cuidado de no desamparar al Levita en todos tus días sobre tu tierra.
Lo mismo que se come el corzo y el ciervo, así las comerás: el inmundo y el limpio comerán también de ellas.
No comerás de ella; para que te vaya bien á ti, y á tus hijos después de ti, cuando hicieres lo recto en ojos de Jehová.
No darás oído á las palabras de tal profeta, ni al tal soñador de sueños: porque Jehová vuestro Dios os prueba, para saber si amáis á Jehová vuestro Dios con todo vuestro corazón, y con toda vuestra alma.
Y el tal profeta ó soñador de sueños, ha de ser muerto; por cuanto trató de rebelión contra Jehová vuestro Dios, que te sacó de tierra de Egipto, y te rescató de casa de siervos, y de echarte del camino por el que Jehová tu Dios te mandó que anduvieses: y así quitarás el mal de en medio de ti.
Para que todo Israel oiga, y tema, y no tornen á hacer cosa semejante á esta mala cosa en medio de ti.
Y juntarás todo el despojo de ella en medio de su plaza, y consumirás con fuego la ciudad y todo su despojo, todo ello, á Jehová tu Dios: y será un montón para siempre: nunca más se edificará.
Porque eres pueblo santo á Jehová tu Dios, y Jehová te ha escogido para que le seas un pueblo singular de entre todos los pueblos que están sobre la haz de la tierra.
El ciervo, el corzo, y el búfalo, y el cabrío salvaje, y el unicornio, y buey salvaje, y cabra montés.
Ni puerco: porque tiene uña hendida, mas no rumia, os será inmundo. De la carne de éstos no comeréis, ni tocaréis sus cuerpos muertos.
Y el somormujo, y el calamón, y el corvejón,
Entonces venderlo has, y atarás el dinero en tu mano, y vendrás al lugar que Jehová tu Dios escogiere;
Cuando hubiere en ti menesteroso de alguno de tus hermanos en alguna de tus ciudades, en tu tierra que Jehová tu Dios te da, no endurecerás tu corazón, ni cerrarás tu mano á tu hermano pobre:
Porque no faltarán menesterosos de en medio de la tierra; por eso yo te mando, diciendo: Abrirás tu mano á tu hermano, á tu pobre, y á tu menesteroso en tu tierra.
Y te acordarás que fuiste siervo en la tierra de Egipto, y que Jehová tu Dios te rescató: por tanto yo te mando esto hoy.
Y no se dejará ver levadura contigo en todo tu término por siete días; y de la carne que matares á la tarde del primer día, no quedará hasta la mañana.
Seis días comerás ázimos, y el séptimo día será solemnidad á Jehová tu Dios: no harás obra en él.
Y te alegrarás delante de Jehová tu Dios, tú, y tu hijo, y tu hija, y tu siervo, y tu sierva, y el Levita que estuviere en tus ciudades, y el extranjero, y el huérfano, y la viuda, que estuvieren en medio de ti, en el lugar que Jehová tu Dios hubiere escogido para hacer habitar allí su nombre.
No tuerzas el derecho; no hagas acepción de personas, ni tomes soborno; porque el soborno ciega los ojos de los sabios, y pervierte las palabras de los justos.
Ni aumentará para sí mujeres, porque su corazón no se desvíe: ni plata ni oro acrecentará para sí en gran copia.
Y será, cuando se asentare sobre el solio de su reino, que ha de escribir para sí en un libro un traslado de esta ley, del original de delante de los sacerdotes Levitas;
No tendrán, pues, heredad entre sus hermanos: Jehová es su heredad, como él les ha dicho.
Te apartarás tres ciudades en medio de tu tierra que Jehová tu Dios te da para que la poseas.
Mas cuando hubiere alguno que aborreciere á su prójimo, y lo acechare, y se levantare sobre él, y lo hiriere de muerte, y muriere, y huyere á alguna de estas ciudades;
Que Jehová vuestro Dios anda con vosotros, para pelear por vosotros contra vuestros enemigos, para salvaros.
Cuando te acercares á una ciudad para combatirla, le intimarás la paz.
Luego que Jehová tu Dios la entregare en tu mano, herirás á todo varón suyo á filo de espada.
Entonces tus ancianos y tus jueces saldrán y medirán hasta las ciudades que están alrededor del muerto:
La meterás en tu casa; y ella raerá su cabeza, y cortará sus uñas,
No sembrarás tu viña de varias semillas, porque no se deprave la plenitud de la semilla que sembraste, y el fruto de la viña.
Y, he aquí, él le pone tachas de algunas cosas, diciendo: No he hallado tu hija virgen; empero, he aquí las señales de la virginidad de mi hija. Y extenderán la sábana delante de los ancianos de la ciudad.
Porque él la halló en el campo: dió voces la moza desposada, y no hubo quien la valiese.
Cuando alguno hallare moza virgen, que no fuere desposada, y la tomare, y se echare con ella, y fueren hallados;
Y será que al declinar de la tarde se lavará con agua, y cuando fuere puesto el sol, entrará en el campo.
More contigo, en medio de ti, en el lugar que escogiere en alguna de tus ciudades, donde bien le estuviere: no le harás fuerza.
No podrá su primer marido, que la despidió, volverla á tomar para que sea su mujer, después que fué amancillada; porque es abominación delante de Jehová, y no has de pervertir la tierra que Jehová tu Dios te da por heredad.
Cuando algunos riñeren juntos el uno con el otro, y llegare la mujer del uno para librar á su marido de mano del que le hiriere, y metiere su mano y le trabare de sus vergüenzas;
Y llegarás al sacerdote que fuere en aquellos días, y le dirás: Reconozco hoy á Jehová tu Dios que he entrado en la tierra que juró Jehová á nuestros padres que nos había de dar.
No he comido de ello en mi luto, ni he sacado de ello en inmundicia, ni de ello he dado para mortuorio: he obedecido á la voz de Jehová mi Dios, he hecho conforme á todo lo que me has mandado.
Jehová tu Dios te manda hoy que cumplas estos estatutos y derechos; cuida, pues, de ponerlos por obra con todo tu corazón, y con toda tu alma.
Y será que, el día que pasareis el Jordán á la tierra que Jehová tu Dios te da, te has de levantar piedras grandes, las cuales revocarás con cal:
Y hablarán los Levitas, y dirán á todo varón de Israel en alta voz:
Maldito el que hiriere á su prójimo ocultamente. Y dirá todo el pueblo: Amén.
Bendito serás tú en la ciudad, y bendito tú en el campo.
Confirmarte ha Jehová por pueblo suyo santo, como te ha jurado, cuando guardares los mandamientos de Jehová tu Dios, y anduvieres en sus caminos.
Y no te apartes de todas las palabras que yo os mando hoy, ni á diestra ni á siniestra, para ir tras dioses ajenos para servirles.
Maldito serás en tu entrar, y maldito en tu salir.
Toda tu arboleda y el fruto de tu tierra consumirá la langosta.
Por cuanto no serviste á Jehová tu Dios con alegría y con gozo de corazón, por la abundancia de todas las cosas;
Para no dar á alguno de ellos de la carne de sus hijos, que él comerá, porque nada le habrá quedado, en el cerco y en el apuro con que tu enemigo te oprimirá en todas tus ciudades.
Jehová aumentará maravillosamente tus plagas y las plagas de tu simiente, plagas grandes y estables, y enfermedades malignas y duraderas;
Y será que como Jehová se gozó sobre vosotros para haceros bien, y para multiplicaros, así se gozará Jehová sobre vosotros para arruinaros, y para destruiros; y seréis arrancados de sobre la tierra, á la cual entráis para poseerla.
Y ni aun entre las mismas gentes descansarás, ni la planta de tu pie tendrá reposo; que allí te dará Jehová corazón temeroso, y caimiento de ojos, y tristeza de alma:
(Azufre y sal, abrasada toda su tierra: no será sembrada, ni producirá, ni crecerá en ella hierba ninguna, como en la subversión de Sodoma y de Gomorra, de Adma y de Seboim, que Jehová subvirtió en su furor y en su ira:)
Y SERÁ que, cuando te sobrevinieren todas estas cosas, la bendición y la maldición que he puesto delante de ti, y volvieres á tu corazón en medio de todas las gentes á las cuales Jehová tu Dios te hubiere echado,
Y hacerte ha Jehová tu Dios abundar en toda obra de tus manos, en el fruto de tu vientre, en el fruto de tu bestia, y en el fruto de tu tierra, para bien: porque Jehová volverá á gozarse sobre ti para bien, de la manera que se gozó sobre tus padres;
Porque muy cerca de ti está la palabra, en tu boca y en tu corazón, para que la cumplas.
Porque yo te mando hoy que ames á Jehová tu Dios, que andes en sus caminos, y guardes sus mandamientos y sus estatutos y sus derechos, para que vivas y seas multiplicado, y Jehová tu Dios te bendiga en la tierra á la cual entras para poseerla.
Protéstoos hoy que de cierto pereceréis: no tendréis largos días sobre la tierra, para ir á la cual pasas el Jordán para poseerla.
Y llamó Moisés á Josué, y díjole á vista de todo Israel: Esfuérzate y anímate; porque tú entrarás con este pueblo á la tierra que juró Jehová á sus padres que les había de dar, y tú se la harás heredar.
Y mandóles Moisés, diciendo: Al cabo del séptimo año, en el año de la remisión, en la fiesta de las Cabañas,
Y Jehová dijo á Moisés: He aquí se han acercado tus días para que mueras: llama á Josué, y esperad en el tabernáculo del testimonio, y le mandaré. Fueron pues Moisés y Josué, y esperaron en el tabernáculo del testimonio.
ESCUCHAD, cielos, y hablaré; y oiga la tierra los dichos de mi boca.
Sacrificaron á los diablos, no á Dios; á dioses que no habían conocido, á nuevos dioses venidos de cerca, que no habían temido vuestros padres.
Porque de la vid de Sodoma es la vid de ellos, y de los sarmientos de Gomorra: las uvas de ellos son uvas ponzoñosas, racimos muy amargos tienen.
Porque Jehová juzgará á su pueblo, y por amor de sus siervos se arrepentirá, cuando viere que la fuerza pereció, y que no hay guardado, mas desamparado.
Y dirá: ¿Dónde están sus dioses, la roca en que se guarecían;
Si afilare mi reluciente espada, y mi mano arrebatare el juicio, yo volveré la venganza á mis enemigos, y daré el pago á los que me aborrecen.
Y habló Jehová á Moisés aquel mismo día, diciendo:
Y esta bendición para Judá. Dijo así: Oye, oh Jehová, la voz de Judá, y llévalo á su pueblo; sus manos le basten, y tú seas ayuda contra sus enemigos.
Y á José dijo: Bendita de Jehová su tierra, por los regalos de los cielos, por el rocío, y por el abismo que abajo yace,
Y lloraron los hijos de Israel á Moisés en los campos de Moab treinta días: y así se cumplieron los días del lloro del luto de Moisés.
Yo os he entregado, como lo había dicho á Moisés, todo lugar que pisare la planta de vuestro pie.
También habló Josué á los Rubenitas y Gaditas, y á la media tribu de Manasés, diciendo:
Y JOSUÉ, hijo de Nun, envió desde Sittim dos espías secretamente, diciéndoles: Andad, reconoced la tierra, y á Jericó. Los cuales fueron, y entráronse en casa de una mujer ramera que se llamaba Rahab, y posaron allí.
Y ellos le respondieron: Nuestra alma por vosotros hasta la muerte, si no denunciareis este nuestro negocio: y cuando Jehová nos hubiere dado la tierra, nosotros haremos contigo misericordia y verdad.
Y díjoles: Marchaos al monte, porque los que fueron tras vosotros no os encuentren; y estad escondidos allí tres días, hasta que los que os siguen hayan vuelto; y después os iréis vuestro camino.
Tomad del pueblo doce hombres, de cada tribu uno,
Para que esto sea señal entre vosotros; y cuando vuestros hijos preguntaren á sus padres mañana, diciendo: ¿Qué os significan estas piedras?
Y cuando todo el pueblo acabó de pasar, pasó también el arca de Jehová, y los sacerdotes, en presencia del pueblo.
Como cuarenta mil hombres armados á punto pasaron hacia la campiña de Jericó delante de Jehová á la guerra.
Y Jehová habló á Josué, diciendo:
Y al otro día de la pascua comieron del fruto de la tierra los panes sin levadura, y en el mismo día espigas nuevas tostadas.
Y estando Josué cerca de Jericó, alzó sus ojos, y vió un varón que estaba delante de él, el cual tenía una espada desnuda en su mano. Y Josué yéndose hacia él, le dijo: ¿Eres de los nuestros, ó de nuestros enemigos?
Y siete sacerdotes llevarán siete bocinas de cuernos de carneros delante del arca; y al séptimo día daréis siete vueltas á la ciudad, y los sacerdotes tocarán las bocinas.
Y llamando Josué hijo de Nun á los sacerdotes, les dijo: Llevad el arca del pacto, y siete sacerdotes lleven bocinas de cuernos de carneros delante del arca de Jehová.
Y los armados iban delante de los sacerdotes que tocaban las bocinas, y la gente reunida iba detrás del arca, andando y tocando bocinas.
Y los siete sacerdotes, llevando las siete bocinas de cuernos de carneros, fueron delante del arca de Jehová, andando siempre y tocando las bocinas; y los armados iban delante de ellos, y la gente reunida iba detrás del arca de Jehová, andando y tocando las bocinas.
Y Josué envió hombres desde Jericó á Hai, que estaba junto á Beth-aven hacia el oriente de Beth-el; y hablóles diciendo: Subid, y reconoced la tierra. Y ellos subieron, y reconocieron á Hai.
Entonces Josué rompió sus vestidos, y postróse en tierra sobre su rostro delante del arca de Jehová hasta la tarde, él y los ancianos de Israel; y echaron polvo sobre sus cabezas.
Que vi entre los despojos un manto babilónico muy bueno, y doscientos siclos de plata, y un changote de oro de peso de cincuenta siclos; lo cual codicié, y tomé: y he aquí que está escondido debajo de tierra en el medio de mi tienda, y el dinero debajo de ello.
Entonces vosotros os levantaréis de la emboscada, y os echaréis sobre la ciudad; pues Jehová vuestro Dios la entregará en vuestras manos.
Lo cual como viese el rey de Hai, levantóse prestamente de mañana, y salió con la gente de la ciudad contra Israel, él y todo su pueblo, para combatir por el llano al tiempo señalado, no sabiendo que le estaba puesta emboscada á las espaldas de la ciudad.
Y tomaron vivo al rey de Hai, y trajéronle á Josué.
Mas al rey de Hai colgó de un madero hasta la tarde: y como el sol se puso, mandó Josué que quitasen del madero su cuerpo, y lo echasen á la puerta de la ciudad: y levantaron sobre él un gran montón de piedras, hasta hoy.
Como Moisés, siervo de Jehová, lo había mandado á los hijos de Israel, como está escrito en el libro de la ley de Moisés, un altar de piedras enteras sobre las cuales nadie alzó hierro: y ofrecieron sobre él holocaustos á Jehová, y sacrificaron víctimas pacíficas.
No hubo palabra alguna de todas las cosas que mandó Moisés, que Josué no hiciese leer delante de toda la congregación de Israel, mujeres y niños, y extranjeros que andaban entre ellos.
Y zapatos viejos y recosidos en sus pies, con vestidos viejos sobre sí; y todo el pan que traían para el camino, seco y mohoso.
Por lo cual nuestros ancianos y todos los moradores de nuestra tierra nos dijeron: Tomad en vuestras manos provisión para el camino, é id al encuentro de ellos, y decidles: Nosotros somos vuestros siervos, y haced ahora con nosotros alianza.
Y constituyólos Josué aquel día por leñadores y aguadores para la congregación y para el altar de Jehová, en el lugar que él escogiese: lo que son hasta hoy.
Y COMO Adonisedec rey de Jerusalem oyó que Josué había tomado á Hai, y que la había asolado, (como había hecho á Jericó y á su rey, así hizo á Hai y á su rey;) y que los moradores de Gabaón habían hecho paz con los Israelitas, y que estaban entre ellos;
Y Jehová los turbó delante de Israel, é hiriólos con gran mortandad en Gabaón: y siguiólos por el camino que sube á Beth-oron, é hiriólos hasta Azeca y Maceda.
Y como iban huyendo de los Israelitas, á la bajada de Beth-oron, Jehová echó sobre ellos del cielo grandes piedras hasta Azeca, y murieron: muchos más murieron de las piedras del granizo, que los que los hijos de Israel habían muerto á cuchillo.
Y Josué, y todo Israel con él, volvíase al campo en Gilgal.
Y aconteció que como Josué y los hijos de Israel hubieron acabado de herirlos con mortandad muy grande, hasta destruirlos, los que quedaron de ellos se metieron en las ciudades fuertes.
Entonces dijo Josué: Abrid la boca de la cueva, y sacadme de ella á estos cinco reyes.
E hiciéronlo así, y sacáronle de la cueva aquellos cinco reyes: al rey de Jerusalem, al rey de Hebrón, al rey de Jerimoth, al rey de Lachîs, al rey de Eglón.
Y Josué les dijo: No temáis, ni os atemoricéis; sed fuertes y valientes: porque así hará Jehová á todos vuestros enemigos contra los cuales peleáis.
Y de Maceda pasó Josué, y todo Israel con él, á Libna; y peleó contra Libna:
Todos estos reyes se juntaron, y viniendo reunieron los campos junto á las aguas de Merom, para pelear contra Israel.
Y vino Josué, y con él todo el pueblo de guerra, contra ellos, y dió de repente sobre ellos junto á las aguas de Merom.
Y señoreaba en el monte de Hermón, y en Salca, y en todo Basán hasta los términos de Gessuri y de Maachâti, y la mitad de Galaad, término de Sehón rey de Hesbón.
Y estos son los reyes de la tierra que hirió Josué con los hijos de Israel, de esta parte del Jordán al occidente, desde Baal-gad en el llano del Líbano hasta el monte de Halac que sube á Seir; la cual tierra dió Josué en posesión á las tribus de Israel, conforme á sus repartimientos;
El rey de Eglón, otro: el rey de Gezer, otro:
Todo el reino de Og en Basán, el cual reinó en Astaroth y Edrei, el cual había quedado del residuo de los Rapheos; pues Moisés los hirió, y echó.
Y fué el término de ellos desde Aroer, que está á la orilla del arroyo de Arnón, y la ciudad que está en medio del arroyo, y toda la campiña, hasta Medeba;
Y fueron los términos de los hijos de Rubén el Jordán con su término. Esta fué la herencia de los hijos de Rubén conforme á sus familias, estas ciudades con sus villas.
También dió Moisés herencia á la media tribu de Manasés: y fué de la media tribu de los hijos de Manasés, conforme á sus familias.
Y los hijos de Judá vinieron á Josué en Gilgal; y Caleb, hijo de Jephone Cenezeo, le dijo: Tú sabes lo que Jehová dijo á Moisés, varón de Dios, en Cades-barnea, tocante á mí y á ti.
Mas mis hermanos, los que habían subido conmigo, menguaron el corazón del pueblo; empero yo cumplí siguiendo á Jehová mi Dios.
Ahora bien, Jehová me ha hecho vivir, como él dijo, estos cuarenta y cinco años, desde el tiempo que Jehová habló estas palabras á Moisés, cuando Israel andaba por el desierto: y ahora, he aquí, soy hoy día de ochenta y cinco años:
Josué entonces le bendijo, y dió á Caleb hijo de Jephone á Hebrón por heredad.
Y su término de la parte del mediodía fué desde la costa del mar Salado, desde la lengua que mira hacia el mediodía;
De allí pasaba á Azmón, y salía al arroyo de Egipto; y sale este término al occidente. Este pues os será el término del mediodía.
Y sube este término por el valle del hijo de Hinnom al lado del Jebuseo al mediodía: esta es Jerusalem. Luego sube este término por la cumbre del monte que está delante del valle de Hinnom hacia el occidente, el cual está al cabo del valle de los gigantes al norte:
Sale luego este término al lado de Ecrón hacia el norte; y rodea el mismo término á Sichêron, y pasa por el monte de Baala, y sale á Jabneel: y sale este término á la mar.
De aquí subió á los que moraban en Debir: y el nombre de Debir era antes Chîriath-sepher.
Y aconteció que cuando la llevaba, él la persuadió que pidiese á su padre tierras para labrar. Ella entonces se apeó del asno. Y Caleb le dijo: ¿Qué tienes?
Esta pues es la herencia de la tribu de los hijos de Judá por sus familias.
En las llanuras, Estaol, y Sorea, y Asena,
Libna, y Ether, y Asán,
Ecrón con sus villas y sus aldeas:
Y Danna, y Chîriath-sanna, que es Debir,
Y Anab, y Estemo, y Anim,
Y Janum, y Beth-tappua, y Apheca,
Y torna á descender hacia la mar al término de Japhlet, hasta el término de Beth-oron la de abajo, y hasta Gezer; y sale á la mar.
Y de Janoa desciende á Ataroth, y á Naaratha, y toca en Jericó, y sale al Jordán.
Y de Tappua torna este término hacia la mar al arroyo de Cana, y sale á la mar. Esta es la heredad de la tribu de los hijos de Ephraim por sus familias.
Y TUVO también suerte la tribu de Manasés, porque fué primogénito de José. Machîr, primogénito de Manasés, y padre de Galaad, el cual fué hombre de guerra, tuvo á Galaad y á Basán.
Vosotros, pues, delinearéis la tierra en siete partes, y me traeréis la descripción aquí, y yo os echaré las suertes aquí delante de Jehová nuestro Dios.
Y torna este término, y da vuelta al lado de la mar, al mediodía hasta el monte que está delante de Beth-oron al mediodía; y viene á salir á Chîriath-baal, que es Chîriath-jearim, ciudad de los hijos de Judá. Este es el lado del occidente.
Y el Jordán acaba aqueste término al lado del oriente. Esta es la heredad de los hijos de Benjamín por sus términos alrededor, conforme á sus familias.
Las ciudades de la tribu de los hijos de Benjamín, por sus familias, fueron Jericó, Beth-hogla, y el valle de Casis,
Y todas las aldeas que estaban alrededor de estas ciudades hasta Baalath-beer, que es Ramat del mediodía. Esta es la heredad de la tribu de los hijos de Simeón, según sus familias.
De la suerte de los hijos de Judá fué sacada la heredad de los hijos de Simeón; por cuanto la parte de los hijos de Judá era excesiva para ellos: así que los hijos de Simeón tuvieron su heredad en medio de la de ellos.
Y llega este término hasta Tabor, y Sahasim, y Beth-semes; y sale su término al Jordán: diez y seis ciudades con sus aldeas.
Esta es la heredad de la tribu de los hijos de Nephtalí por sus familias; estas ciudades con sus aldeas.
Y HABLÓ Jehová á Josué, diciendo:
Y LOS principales de los padres de los Levitas vinieron á Eleazar sacerdote, y á Josué hijo de Nun, y á los principales de los padres de las tribus de los hijos de Israel;
Y á los otros hijos de Coath se dieron por suerte diez villas de las familias de la tribu de Ephraim, y de la tribu de Dan, y de la media tribu de Manasés;
Y la primera suerte fué de los hijos de Aarón, de la familia de Coath, de los hijos de Leví;
A Helón con sus ejidos, y á Debir con sus ejidos,
A Ain con sus ejidos, á Jutta con sus ejidos, y á Beth-semes con sus ejidos; nueve villas de estas dos tribus:
Y de la tribu de Benjamín, á Gibeón con sus ejidos, á Geba con sus ejidos,
Y de la tribu de Dan á Eltheco con sus ejidos, á Gibethón con sus ejidos,
Y de la tribu de Nephtalí, la villa de refugio para los homicidas, á Cedes en Galilea con sus ejidos, á Hammoth-dor con sus ejidos, y á Cartán con sus ejidos: tres villas:
Todas las villas de los Gersonitas por sus familias fueron trece villas con sus ejidos.
Dimna con sus ejidos, Naalal con sus ejidos: cuatro villas:
Y todas la villas de los Levitas en medio de la posesión de los hijos de Israel, fueron cuarenta y ocho villas con sus ejidos.
Así dió Jehová á Israel toda la tierra que había jurado dar á sus padres; y poseyéronla, y habitaron en ella.
Y díjoles: Vosotros habéis guardado todo lo que Moisés siervo de Jehová os mandó, y habéis obedecido á mi voz en todo lo que os he mandado.
Ahora pues que Jehová vuestro Dios ha dado reposo á vuestros hermanos, como se lo había prometido, volved, y tornad á vuestras tiendas, á la tierra de vuestras posesiones, que Moisés siervo de Jehová os dió de la otra parte del Jordán.
Y bendiciéndolos Josué, los envió: y fuéronse á sus tiendas.
Y los hijos de Israel oyeron decir como los hijos de Rubén y los hijos de Gad, y la media tribu de Manasés, habían edificado un altar delante de la tierra de Canaán, en los términos del Jordán, al paso de los hijos de Israel:
Lo cual como los hijos de Israel oyeron, juntóse toda la congregación de los hijos de Israel en Silo, para subir á pelear contra ellos.
Los cuales vinieron á los hijos de Rubén y á los hijos de Gad, y á la media tribu de Manasés, en la tierra de Galaad; y habláronles, diciendo:
Llamó á todo Israel, á sus ancianos, á sus príncipes, á sus jueces y á sus oficiales, y díjoles: Yo soy ya viejo y entrado en días:
Mas á Jehová vuestro Dios os allegaréis, como habéis hecho hasta hoy;
Y os dí la tierra por la cual nada trabajasteis, y las ciudades que no edificasteis, en las cuales moráis; y de las viñas y olivares que no plantasteis, coméis.
Y escribió Josué estas palabras en el libro de la ley de Dios; y tomando una grande piedra, levantóla allí debajo de un alcornoque que estaba junto al santuario de Jehová.
Y sirvió Israel á Jehová todo el tiempo de Josué, y todo el tiempo de los ancianos que vivieron después de Josué, y que sabían todas las obras de Jehová, que había hecho por Israel.
Entonces dijo Adoni-bezec: Setenta reyes, cortados los pulgares de sus manos y de sus pies, cogían las migajas debajo de mi mesa: como yo hice, así me ha pagado Dios. Y metiéronle en Jerusalem, donde murió.
Y los que espiaban vieron un hombre que salía de la ciudad, y dijéronle: Muéstranos ahora la entrada de la ciudad, y haremos contigo misericordia.
Y él les mostró la entrada á la ciudad, é hiriéronla á filo de espada; mas dejaron á aquel hombre con toda su familia.
Tampoco Zabulón echó á los que habitaban en Chîtron y á los que habitaban en Naalol; mas el Cananeo habitó en medio de él, y le fueron tributarios.
Y el término del Amorrheo fué desde la subida de Acrabim, desde la piedra, y arriba.
Hicieron, pues, los hijos de Israel lo malo en ojos de Jehová: y olvidados de Jehová su Dios, sirvieron á los Baales, y á los ídolos de los bosques.
Y presentó el presente á Eglón rey de Moab; y era Eglón hombre muy grueso.
Y llegóse Aod á él, el cual estaba sentado solo en una sala de verano. Y Aod dijo: Tengo palabra de Dios para ti. El entonces se levantó de la silla.
Entonces él les dijo: Seguidme, porque Jehová ha entregado vuestros enemigos los Moabitas en vuestras manos. Y descendieron en pos de él, y tomaron los vados del Jordán á Moab, y no dejaron pasar á ninguno.
Y yo atraeré á ti al arroyo de Cisón á Sísara, capitán del ejército de Jabín, con sus carros y su ejército, y entregarélo en tus manos?
Y reunió Sísara todos sus carros, nuevecientos carros herrados, con todo el pueblo que con él estaba, desde Haroseth de las Gentes hasta el arroyo de Cisón.
Entonces Débora dijo á Barac: Levántate; porque este es el día en que Jehová ha entregado á Sísara en tus manos. ¿No ha salido Jehová delante de ti? Y Barac descendió del monte de Tabor, y diez mil hombres en pos de él.
Así abatió Dios aquel día á Jabín, rey de Canaán, delante de los hijos de Israel.
Y AQUEL día cantó Débora, con Barac, hijo de Abinoam, diciendo:
Oid, reyes; estad, oh príncipes, atentos: yo cantaré á Jehová, cantaré salmos á Jehová Dios de Israel.
Despierta, despierta, Débora; despierta, despierta, profiere un cántico. Levántate, Barac, y lleva tus cautivos, hijo de Abinoam.
¿No han hallado despojos, y los están repartiendo? á cada uno una moza, ó dos: los despojos de colores para Sísara, los despojos bordados de colores: la ropa de color bordada de ambos lados, para los cuellos de los que han tomado los despojos.
Y Gedeón le respondió: Ah, Señor mío, si Jehová es con nosotros, ¿por qué nos ha sobrevenido todo esto? ¿Y dónde están todas sus maravillas, que nuestros padres nos han contado, diciendo: ¿No nos sacó Jehová de Egipto? Y ahora Jehová nos ha desamparado, y nos ha entregado en mano de los Madianitas.
Y entrándose Gedeón aderezó un cabrito, y panes sin levadura de un epha de harina; y puso la carne en un canastillo, y el caldo en una olla, y sacándolo presentóselo debajo de aquel alcornoque.
Y aconteció que la misma noche le dijo Jehová: Toma un toro del hato de tu padre, y otro toro de siete años, y derriba el altar de Baal que tu padre tiene, y corta también el bosque que está junto á él:
Entonces Gedeón tomó diez hombres de sus siervos, é hizo como Jehová le dijo. Mas temiendo hacerlo de día, por la familia de su padre y por los hombres de la ciudad, hízolo de noche.
Y Jehová dijo á Gedeón: El pueblo que está contigo es mucho para que yo dé á los Madianitas en su mano: porque no se alabe Israel contra mí, diciendo: Mi mano me ha salvado.
Y oirás lo que hablan; y entonces tus manos se esforzarán, y descenderás al campo. Y él descendió con Phara su criado al principio de la gente de armas que estaba en el campo.
Y estuviéronse en sus lugares en derredor del campo: y todo el campo fué alborotado, y huyeron gritando.
Y diéronle setenta siclos de plata del templo de Baal-berith, con los cuales Abimelech alquiló hombres ociosos y vagabundos, que le siguieron.
Dijeron entonces todos los árboles al escaramujo: Anda tú, reina sobre nosotros.
Y el escaramujo respondió á los árboles: Si en verdad me elegís por rey sobre vosotros, venid, y aseguraos debajo de mi sombra: y si no, fuego salga del escaramujo que devore los cedros del Líbano.
Y huyó Jotham, y se fugó, y fuése á Beer, y allí se estuvo por causa de Abimelech su hermano.
Envió Dios un espíritu malo entre Abimelech y los hombres de Sichêm: que los de Sichêm se levantaron contra Abimelech:
Fuérame dado este pueblo bajo de mi mano, yo echaría luego á Abimelech. Y decía á Abimelech: Aumenta tus escuadrones, y sal.
Y después de combatir Abimelech la ciudad todo aquel día, tomóla, y mató el pueblo que en ella estaba, y asoló la ciudad, y sembróla de sal.
Después Abimelech se fué á Thebes; y puso cerco á Thebes, y tomóla.
Y aun todo el mal de los hombres de Sichêm tornó Dios sobre sus cabezas: y la maldición de Jotham, hijo de Jerobaal, vino sobre ellos.
Y juzgó á Israel veintitrés años, y murió, y fué sepultado en Samir.
Tras él se levantó Jair, Galaadita, el cual juzgó á Israel veintidós años.
Y Jehová respondió á los hijos de Israel: ¿No habéis sido oprimidos de Egipto, de los Amorrheos, de los Ammonitas, de los Filisteos,
Y los hijos de Israel respondieron á Jehová: Hemos pecado; haz tú con nosotros como bien te pareciere: solamente que ahora nos libres en este día.
Entonces Jephté vino con los ancianos de Galaad, y el pueblo lo eligió por su cabeza y príncipe; y Jephté habló todas sus palabras delante de Jehová en Mizpa.
Y el rey de los Ammonitas respondió á los embajadores de Jephté: Por cuanto Israel tomó mi tierra, cuando subió de Egipto, desde Arnón hasta Jaboc y el Jordán; por tanto, devuélvelas ahora en paz.
Y Jephté tornó á enviar otros embajadores al rey de los Ammonitas,
Y envió Israel embajadores á Sehón rey de los Amorrheos, rey de Hesbón, diciéndole: Ruégote que me dejes pasar por tu tierra hasta mi lugar.
Pasó pues Jephté á los hijos de Ammón para pelear contra ellos; y Jehová los entregó en su mano.
De aquí fué la costumbre en Israel que de año en año iban las doncellas de Israel á endechar á la hija de Jephté Galaadita, cuatro días en el año.
Y JUNTÁNDOSE los varones de Ephraim, pasaron hacia el aquilón, y dijeron á Jephté: ¿Por qué fuiste á hacer guerra contra los hijos de Ammón, y no nos llamaste para que fuéramos contigo? Nosotros quemaremos á fuego tu casa contigo.
El cual tuvo treinta hijos y treinta hijas, las cuales casó fuera, y tomó de fuera treinta hijas para sus hijos: y juzgó á Israel siete años.
Este tuvo cuarenta hijos y treinta nietos, que cabalgaban sobre setenta asnos: y juzgó á Israel ocho años.
Y había un hombre de Sora, de la tribu de Dan, el cual se llamaba Manoa; y su mujer era estéril, que nunca había parido.
Y la mujer corrió prontamente, y noticiólo á su marido, diciéndole: Mira que se me ha aparecido aquel varón que vino á mí el otro día.
Y el espíritu de Jehová cayó sobre él, y despedazólo como quien despedaza un cabrito, sin tener nada en su mano: y no dió á entender á su padre ni á su madre lo que había hecho.
Entonces les dijo: Del comedor salió comida, y del fuerte salió dulzura. Y ellos no pudieron declararle el enigma en tres días.
Y lloró la mujer de Samsón delante de él, y dijo: Solamente me aborreces y no me amas, pues que no me declaras el enigma que propusiste á los hijos de mi pueblo. Y él respondió: He aquí que ni á mi padre ni á mi madre lo he declarado; y ¿habíalo de declarar á ti?
Después, encendiendo las teas, echó las zorras en los sembrados de los Filisteos, y quemó hacinas y mieses, y viñas y olivares.
Y los varones de Judá les dijeron: ¿Por qué habéis subido contra nosotros? Y ellos respondieron: A prender á Samsón hemos subido, para hacerle como él nos ha hecho.
Y juzgó á Israel en días de los Filisteos veinte años.
Y fué dicho á los de Gaza: Samsón es venido acá. Y cercáronlo, y pusiéronle espías toda aquella noche á la puerta de la ciudad: y estuvieron callados toda aquella noche, diciendo: Hasta la luz de la mañana; entonces lo mataremos.
Después de esto aconteció que se enamoró de una mujer en el valle de Sorec, la cual se llamaba Dalila.
Y ella hizo que él se durmiese sobre sus rodillas; y llamado un hombre, rapóle siete guedejas de su cabeza, y comenzó á afligirlo, pues su fuerza se apartó de él.
Mas los Filisteos echaron mano de él, y sacáronle los ojos, y le llevaron á Gaza; y le ataron con cadenas, para que moliese en la cárcel.
Y aconteció que, yéndose alegrando el corazón de ellos, dijeron: Llamad á Samsón, para que divierta delante de nosotros. Y llamaron á Samsón de la cárcel, y hacía de juguete delante de ellos; y pusiéronlo entre las columnas.
Entonces clamó Samsón á Jehová, y dijo: Señor Jehová, acuérdate ahora de mí, y esfuérzame, te ruego, solamente esta vez, oh Dios, para que de una vez tome venganza de los Filisteos, por mis dos ojos.
Y los hijos de Dan enviaron de su tribu cinco hombres de sus términos, hombres valientes, de Sora y Esthaol, para que reconociesen y explorasen bien la tierra; y dijéronles: Id y reconoced la tierra. Estos vinieron al monte de Ephraim, hasta la casa de Michâs, y allí posaron.
Y ellos le dijeron: Pregunta pues ahora á Dios, para que sepamos si ha de prosperar nuestro viaje que hacemos.
Y los seiscientos hombres, que eran de los hijos de Dan, estaban armados de sus armas de guerra á la entrada de la puerta.
Y subiendo los cinco hombres que habían ido á reconocer la tierra, entraron allá, y tomaron la imagen de talla, y el ephod, y el teraphim, y la imagen de fundición, mientras estaba el sacerdote á la entrada de la puerta con los seiscientos hombres armados de armas de guerra.
Y levantáronse la imagen de Michâs, la cual él había hecho, todo el tiempo que la casa de Dios estuvo en Silo.
Mas aquellos hombres no le quisieron oir; por lo que tomando aquel hombre su concubina, sacósela fuera: y ellos la conocieron, y abusaron de ella toda la noche hasta la mañana, y dejáronla cuando apuntaba el alba.
He aquí que todos vosotros los hijos de Israel estáis presentes; daos aquí parecer y consejo.
De toda aquella gente había setecientos hombres escogidos, que eran ambidextros, todos los cuales tiraban una piedra con la honda á un cabello, y no erraban.
Saliendo entonces de Gabaa los hijos de Benjamín, derribaron en tierra aquel día veintidós mil hombres de los hijos de Israel.
Y puso Israel emboscadas alrededor de Gabaa.
Así envolvieron á los de Benjamín, y los acosaron y hollaron, desde Menuchâ hasta enfrente de Gabaa hacia donde nace el sol.
Y los hombres de Israel tornaron á los hijos de Benjamín, y pasáronlos á cuchillo, á hombres y bestias en la ciudad, y todo lo que fué hallado: asimismo pusieron fuego á todas las ciudades que hallaban.
Y hallaron de los moradores de Jabes-galaad cuatrocientas doncellas que no habían conocido hombre en ayuntamiento de varón, y trajéronlas al campo en Silo, que es en la tierra de Canaán.
Y volvieron entonces los de Benjamín; y diéronles por mujeres las que habían guardado vivas de las mujeres de Jabes-galaad: mas no les bastaron éstas.
Entonces los ancianos de la congregación dijeron: ¿Qué haremos acerca de mujeres para los que han quedado? Porque el sexo de las mujeres había sido raído de Benjamín.
Y murió Elimelech, marido de Noemi, y quedó ella con sus dos hijos;
Entonces se levantó con sus nueras, y volvióse de los campos de Moab: porque oyó en el campo de Moab que Jehová había visitado á su pueblo para darles pan.
Y dijéronle: Ciertamente nosotras volveremos contigo á tu pueblo.
Y Noemi respondió: Volveos, hijas mías: ¿para qué habéis de ir conmigo? ¿tengo yo más hijos en el vientre, que puedan ser vuestros maridos?
¿Habíais vosotras de esperarlos hasta que fuesen grandes? ¿habías vosotras de quedaros sin casar por amor de ellos? No, hijas mías; que mayor amargura tengo yo que vosotras, pues la mano de Jehová ha salido contra mí.
Mas ellas alzando otra vez su voz, lloraron: y Orpha besó á su suegra, mas Ruth se quedó con ella.
Yo me fuí llena, mas vacía me ha vuelto Jehová. ¿Por qué me llamaréis Noemi, ya que Jehová ha dado testimonio contra mí, y el Todopoderoso me ha afligido?
Fué pues, y llegando, espigó en el campo en pos de los segadores: y aconteció por ventura, que la suerte del campo era de Booz, el cual era de la parentela de Elimelech.
Y he aquí que Booz vino de Beth-lehem, y dijo á los segadores: Jehová sea con vosotros. Y ellos respondieron: Jehová te bendiga.
Y Booz dijo á su criado el sobrestante de los segadores: ¿Cúya es esta moza?
Y ella dijo: Señor mío, halle yo gracia delante de tus ojos; porque me has consolado, y porque has hablado al corazón de tu sierva, no siendo yo como una de tus criadas.
Levantóse luego para espigar. Y Booz mandó á sus criados, diciendo: Coja también espigas entre las gavillas, y no la avergoncéis;
Y dijo Noemi á su nuera: Sea él bendito de Jehová, pues que no ha rehusado á los vivos la benevolencia que tuvo para con los finados. Díjole después Noemi: Nuestro pariente es aquel varón, y de nuestros redentores es.
Y Noemi respondió á Ruth su nuera: Mejor es, hija mía, que salgas con sus criadas, que no que te encuentren en otro campo.
¿No es Booz nuestro pariente, con cuyas mozas tú has estado? He aquí que él avienta esta noche la parva de las cebadas.
Y él dijo: Bendita seas tú de Jehová, hija mía; que has hecho mejor tu postrera gracia que la primera, no yendo tras los mancebos, sean pobres ó ricos.
Y dijo: Estas seis medidas de cebada me dió, diciéndome: Porque no vayas vacía á tu suegra.
Y que también tomo por mi mujer á Ruth Moabita, mujer de Mahalón, para suscitar el nombre del difunto sobre su heredad, para que el nombre del muerto no se borre de entre sus hermanos y de la puerta de su lugar. Vosotros sois hoy testigos.
Y las mujeres decían á Noemi: Loado sea Jehová, que hizo que no te faltase hoy pariente, cuyo nombre será nombrado en Israel.
Y las vecinas diciendo, A Noemi ha nacido un hijo, le pusieron nombre; y llamáronle Obed. Este es padre de Isaí, padre de David.
Y Salmón engendró á Booz, y Booz engendró á Obed;
Y tenía él dos mujeres; el nombre de la una era Anna, y el nombre de la otra Peninna. Y Peninna tenía hijos, mas Anna no los tenía.
Y subía aquel varón todos los años de su ciudad, á adorar y sacrificar á Jehová de los ejércitos en Silo, donde estaban dos hijos de Eli, Ophni y Phinees, sacerdotes de Jehová.
Y levantóse Anna después que hubo comido y bebido en Silo; y mientras el sacerdote Eli estaba sentado en una silla junto á un pilar del templo de Jehová,
Y ella dijo: Halle tu sierva gracia delante de tus ojos. Y fuése la mujer su camino, y comió, y no estuvo más triste.
Y después que lo hubo destetado, llevólo consigo, con tres becerros, y un epha de harina, y una vasija de vino, y trájolo á la casa de Jehová en Silo: y el niño era pequeño.
Jehová empobrece, y él enriquece: abate, y ensalza.
Mas los hijos de Eli eran hombres impíos, y no tenían conocimiento de Jehová.
Asimismo, antes de quemar el sebo, venía el criado del sacerdote, y decía al que sacrificaba: Da carne que ase para el sacerdote; porque no tomará de ti carne cocida, sino cruda.
Si pecare el hombre contra el hombre, los jueces le juzgarán; mas si alguno pecare contra Jehová, ¿quién rogará por él? Mas ellos no oyeron la voz de su padre, porque Jehová los quería matar.
Y el joven Samuel iba creciendo, y adelantando delante de Dios y delante de los hombres.
Y no te cortaré del todo varón de mi altar, para hacerte marchitar tus ojos, y henchir tu ánimo de dolor; mas toda la cría de tu casa morirá en la edad varonil.
Y será que el que hubiere quedado en tu casa, vendrá á postrársele por un dinero de plata y un bocado de pan, diciéndole: Ruégote que me constituyas en algún ministerio, para que coma un bocado de pan.
Jehová pues llamó la tercera vez á Samuel. Y él levantándose vino á Eli, y dijo: Heme aquí; ¿para qué me has llamado? Entonces entendió Eli que Jehová llamaba al joven.
Aquel día yo despertaré contra Eli todas las cosas que he dicho sobre su casa. En comenzando, acabaré también.
Y Samuel se lo manifestó todo, sin encubrirle nada. Entonces él dijo: Jehová es; haga lo que bien le pareciere.
Y SAMUEL habló á todo Israel. Por aquel tiempo salió Israel á encontrar en batalla á los Filisteos, y asentó campo junto á Eben-ezer, y los Filisteos asentaron el suyo en Aphec.
¡Ay de nosotros! ¿Quién nos librará de las manos de estos dioses fuertes? Estos son los dioses que hirieron á Egipto con toda plaga en el desierto.
Enviaron pues á juntar á sí todos los príncipes de los Filisteos, y dijeron: ¿Qué haremos del arca del Dios de Israel? Y ellos respondieron: Pásese el arca del Dios de Israel á Gath. Y pasaron allá el arca del Dios de Israel.
Luego pusieron el arca de Jehová sobre el carro, y la caja con los ratones de oro y con las formas de sus hemorroides.
Y las vacas se encaminaron por el camino de Beth-semes, é iban por un mismo camino andando y bramando, sin apartarse ni á diestra ni á siniestra: y los príncipes de los Filisteos fueron tras ellas hasta el término de Beth-semes.
Y dijeron los de Beth-semes: ¿Quién podrá estar delante de Jehová el Dios santo? ¿y á quién subirá desde nosotros?
Y dijeron los hijos de Israel á Samuel: No ceses de clamar por nosotros á Jehová nuestro Dios, que nos guarde de mano de los filisteos.
Asimismo tomará vuestras tierras, vuestras viñas, y vuestros buenos olivares, y los dará á sus siervos.
Empero el pueblo no quiso oir la voz de Samuel; antes dijeron: No, sino que habrá rey sobre nosotros:
Y él le respondió: He aquí ahora hay en esta ciudad un hombre de Dios, que es varón insigne: todas las cosas que él dijere, sin duda vendrán. Vamos pues allá: quizá nos enseñará nuestro camino por donde hayamos de ir.
Y llegando Saúl á Samuel en medio de la puerta, díjole: Ruégote que me enseñes dónde está la casa del vidente.
TOMANDO entonces Samuel una ampolla de aceite, derramóla sobre su cabeza, y besólo, y díjole: ¿No te ha ungido Jehová por capitán sobre su heredad?
Y bajarás delante de mí á Gilgal; y luego descenderé yo á ti para sacrificar holocaustos, é inmolar víctimas pacíficas. Espera siete días, hasta que yo venga á ti, y te enseñe lo que has de hacer.
Y dijo el tío de Saúl: Yo te ruego me declares qué os dijo Samuel.
Y Saúl respondió á su tío: Declarónos expresamente que las asnas habían parecido. Mas del negocio del reino, de que Samuel le había hablado, no le descubrió nada.
E hizo llegar la tribu de Benjamín por sus linajes, y fué tomada la familia de Matri; y de ella fué tomado Saúl hijo de Cis. Y le buscaron, mas no fué hallado.
Y Samuel dijo á todo el pueblo: ¿Habéis visto al que ha elegido Jehová, que no hay semejante á él en todo el pueblo? Entonces el pueblo clamó con alegría, diciendo: Viva el rey.
Pero los impíos dijeron: ¿Cómo nos ha de salvar éste? Y tuviéronle en poco, y no le trajeron presente: mas él disimuló.
Y Naas Ammonita les respondió: Con esta condición haré alianza con vosotros, que á cada uno de todos vosotros saque el ojo derecho, y ponga esta afrenta sobre todo Israel.
Y el espíritu de Dios arrebató á Saúl en oyendo estas palabras, y encendióse en ira en gran manera.
Y respondieron á los mensajeros que habían venido: Así diréis á los de Jabes de Galaad: Mañana en calentando el sol, tendréis salvamento. Y vinieron los mensajeros, y declaráronlo á los de Jabes, los cuales se holgaron.
Y el día siguiente dispuso Saúl el pueblo en tres escuadrones, y entraron en medio del real á la vela de la mañana, é hirieron á los Ammonitas hasta que el día calentaba: y los que quedaron fueron dispersos, tal que no quedaron dos de ellos juntos.
Entonces Samuel dijo al pueblo: Jehová es quien hizo á Moisés y á Aarón, y que sacó á vuestros padres de la tierra de Egipto.
¿No es ahora la siega de los trigos? Yo clamaré á Jehová, y él dará truenos y aguas; para que conozcáis y veáis que es grande vuestra maldad que habéis hecho en los ojos de Jehová, pidiéndoos rey.
Entonces dijo Saúl: Traedme holocausto y sacrificios pacíficos. Y ofreció el holocausto.
Entonces Samuel dijo: ¿Qué has hecho? Y Saúl respondió: Porque vi que el pueblo se me iba, y que tú no venías al plazo de los días, y que los Filisteos estaban juntos en Michmas,
Mas ahora tu reino no será durable: Jehová se ha buscado varón según su corazón, al cual Jehová ha mandado que sea capitán sobre su pueblo, por cuanto tú no has guardado lo que Jehová te mandó.
El otro escuadrón marchó hacia Beth-oron, y el tercer escuadrón marchó hacia la región que mira al valle de Seboim hacia el desierto.
Y todos los de Israel descendían á los Filisteos cada cual á amolar su reja, su azadón, su hacha, ó su sacho,
Y UN día aconteció, que Jonathán hijo de Saúl dijo á su criado que le traía las armas: Ven, y pasemos á la guarnición de los Filisteos, que está á aquel lado. Y no lo hizo saber á su padre.
Y Jonathán dijo: He aquí, nosotros pasaremos á los hombres, y nos mostraremos á ellos.
Y las centinelas de Saúl vieron desde Gabaa de Benjamín cómo la multitud estaba turbada, é iba de una parte á otra, y era deshecha.
Entonces Saúl dijo al pueblo que tenía consigo: Reconoced luego, y mirad quién haya ido de los nuestros. Y reconocido que hubieron, hallaron que faltaban Jonathán y su paje de armas.
Entró pues el pueblo en el bosque, y he aquí que la miel corría; mas ninguno hubo que llegase la mano á su boca: porque el pueblo temía el juramento.
Y Saúl consultó á Dios: ¿Descenderé tras los Filisteos? ¿los entregarás en mano de Israel? Mas Jehová no le dió respuesta aquel día.
Entonces Saúl dijo á Jonathán: Declárame qué has hecho. Y Jonathán se lo declaró, y dijo: Cierto que gusté con la punta de la vara que traía en mi mano, un poco de miel: ¿y he aquí he de morir?
Y Saúl respondió: Así me haga Dios y así me añada, que sin duda morirás, Jonathán.
Ve pues, y hiere á Amalec, y destruiréis en él todo lo que tuviere: y no te apiades de él: mata hombres y mujeres, niños y mamantes, vacas y ovejas, camellos y asnos.
Y Samuel dijo: ¿Tiene Jehová tanto contentamiento con los holocaustos y víctimas, como en obedecer á las palabras de Jehová? Ciertamente el obedecer es mejor que los sacrificios; y el prestar atención que el sebo de los carneros:
Y él dijo: Yo he pecado: mas ruégote que me honres delante de los ancianos de mi pueblo, y delante de Israel; y vuelve conmigo para que adore á Jehová tu Dios.
Y él respondió: Sí, vengo á sacrificar á Jehová; santificaos, y venid conmigo al sacrificio. Y santificando él á Isaí y á sus hijos, llamólos al sacrificio.
Y Jehová respondió á Samuel: No mires á su parecer, ni á lo grande de su estatura, porque yo lo desecho; porque Jehová mira no lo que el hombre mira; pues que el hombre mira lo que está delante de sus ojos, mas Jehová mira el corazón.
Entonces llamó Isaí á Abinadab, é hízole pasar delante de Samuel, el cual dijo: Ni á éste ha elegido Jehová.
E hizo pasar Isaí sus siete hijos delante de Samuel; mas Samuel dijo á Isaí: Jehová no ha elegido á éstos.
Y el espíritu de Jehová se apartó de Saúl, y atormentábale el espíritu malo de parte de Jehová.
Y Saúl respondió á sus criados: Buscadme pues ahora alguno que taña bien, y traédmelo.
Y Saúl envió mensajeros á Isaí, diciendo: Envíame á David tu hijo, el que está con las ovejas.
Y David era hijo de aquel hombre Ephrateo de Beth-lehem de Judá, cuyo nombre era Isaí, el cual tenía ocho hijos; y era este hombre en el tiempo de Saúl, viejo, y de grande edad entre los hombres.
Venía pues aquel Filisteo por la mañana y á la tarde, y presentóse por cuarenta días.
Entonces habló David á los que junto á él estaban, diciendo: ¿Qué harán al hombre que venciere á este Filisteo, y quitare el oprobio de Israel? Porque ¿quién es este Filisteo incircunciso, para que provoque á los escuadrones del Dios viviente?
Y salía yo tras él, y heríalo, y librábale de su boca: y si se levantaba contra mí, yo le echaba mano de la quijada, y lo hería y mataba.
Tomó su cayado en su mano, y escogióse cinco piedras lisas del arroyo, y púsolas en el saco pastoril y en el zurrón que traía, y con su honda en su mano vase hacia el Filisteo.
Y dijo el Filisteo á David: ¿Soy yo perro para que vengas á mí con palos? Y maldijo á David por sus dioses.
Y levantándose los de Israel y de Judá, dieron grita, y siguieron á los Filisteos hasta llegar al valle, y hasta las puertas de Ecrón. Y cayeron heridos de los Filisteos por el camino de Saraim, hasta Gath y Ecrón.
Y Saúl procuró enclavar á David con la lanza en la pared; mas él se apartó de delante de Saúl, el cual hirió con la lanza en la pared; y David huyó, y escapóse aquella noche.
Y como los mensajeros entraron, he aquí la estatua estaba en la cama, y una almohada de pelos de cabra por cabecera.
Y hecho que fué saber á Saúl, él envió otros mensajeros, los cuales también profetizaron. Y Saúl volvió á enviar por tercera vez mensajeros, y ellos también profetizaron.
Y él le dijo: En ninguna manera; no morirás. He aquí que mi padre ninguna cosa hará, grande ni pequeña, que no me la descubra: ¿por qué pues me encubrirá mi padre este negocio? No será así.
Y Jonathán le dijo: Nunca tal te suceda; antes bien, si yo entendiera ser consumada la malicia de mi padre, para venir sobre ti, ¿no había yo de descubrírtelo?
Entonces dijo Jonathán á David: Oh Jehová Dios de Israel, cuando habré yo preguntado á mi padre mañana á esta hora, ó después de mañana, y él apareciere bien para con David, si entonces no enviare á ti, y te lo descubriere,
Mas si yo dijere al mozo así: He allí las saetas más allá de ti: vete, porque Jehová te ha enviado.
Y cuanto á las palabras que yo y tú hemos hablado, sea Jehová entre mí y ti para siempre.
David pues se escondió en el campo, y venida que fué la nueva luna, sentóse el rey á comer pan.
Porque todo el tiempo que el hijo de Isaí viviere sobre la tierra, ni tú serás firme, ni tu reino. Envía pues ahora, y tráemelo, porque ha de morir.
Y levantóse Jonathán de la mesa con exaltada ira, y no comió pan el segundo día de la nueva luna: porque tenía dolor á causa de David, porque su padre le había afrentado.
Y dijo á su mozo: Corre y busca las saetas que yo tirare. Y como el muchacho iba corriendo, él tiraba la saeta que pasara más allá de él.
Luego dió Jonathán sus armas á su muchacho, y díjole: Vete y llévalas á la ciudad.
Y luego que el muchacho se hubo ido, se levantó David de la parte del mediodía, é inclinóse tres veces postrándose hasta la tierra: y besándose el uno al otro, lloraron el uno con el otro, aunque David lloró más.
Y David respondió al sacerdote, y díjole: Cierto las mujeres nos han sido reservadas desde anteayer cuando salí, y los vasos de los mozos fueron santos, aunque el camino es profano: cuanto más que hoy habrá otro pan santificado en los vasos.
Trájolos pues á la presencia del rey de Moab, y habitaron con él todo el tiempo que David estuvo en la fortaleza.
Y Saúl le dijo: Oye ahora, hijo de Ahitob. Y él dijo: Heme aquí, señor mío.
Entonces dijo el rey á Doeg: Vuelve tú, y arremete contra los sacerdotes. Y revolviéndose Doeg Idumeo, arremetió contra los sacerdotes, y mató en aquel día ochenta y cinco varones que vestían ephod de lino.
ENTONCES David subió de allí, y habitó en los parajes fuertes en Engaddi.
Y decidle así: Que vivas y sea paz á ti, y paz á tu familia, y paz á todo cuanto tienes.
Y uno de los criados dió aviso á Abigail mujer de Nabal, diciendo: He aquí David envió mensajeros del desierto que saludasen á nuestro amo, y él los ha zaherido.
Y los criados de David vinieron á Abigail en el Carmelo, y hablaron con ella, diciendo: David nos ha enviado á ti, para tomarte por su mujer.
Y asentó Saúl el campo en el collado de Hachîla, que está delante del desierto junto al camino. Y estaba David en el desierto, y entendió que Saúl le seguía en el desierto.
Guárdeme Jehová de extender mi mano contra el ungido de Jehová; empero toma ahora la lanza que está á su cabecera, y la botija del agua, y vámonos.
Ruego pues, que el rey mi señor oiga ahora las palabras de su siervo. Si Jehová te incita contra mí, acepte un sacrificio: mas si fueren hijos de hombres, malditos ellos en presencia de Jehová, que me han echado hoy para que no me junte en la heredad de Jehová, diciendo: Ve y sirve á dioses ajenos.
Y fué el número de los días que David habitó en la tierra de los Filisteos, cuatro meses y algunos días.
Y subía David con los suyos, y hacían entradas en los Gesureos, y en los Gerzeos, y en los Amalecitas: porque estos habitaban de largo tiempo la tierra, desde como se va á Shur hasta la tierra de Egipto.
Ya Samuel era muerto, y todo Israel lo había lamentado, y habíanle sepultado en Rama, en su ciudad. Y Saúl había echado de la tierra los encantadores y adivinos.
Pues como los Filisteos se juntaron, vinieron y asentaron campo en Sunam: y Saúl juntó á todo Israel, y asentaron campo en Gilboa.
Y disfrazóse Saúl, y púsose otros vestidos, y fuése con dos hombres, y vinieron á aquella mujer de noche; y él dijo: Yo te ruego que me adivines por el espíritu de pythón, y me hagas subir á quien yo te dijere.
Y lo trajo delante de Saúl y de sus criados; y luego que hubieron comido, se levantaron, y partieron aquella noche.
Y dijeron los príncipes de los Filisteos: ¿Qué hacen aquí estos Hebreos? Y Achîs respondió á los príncipes de los Filisteos: ¿No es éste David, el siervo de Saúl rey de Israel, que ha estado conmigo algunos días ó algunos años, y no he hallado cosa en él desde el día que se pasó á mí hasta hoy?
¿No es este David de quien cantaban en los corros, diciendo: Saúl hirió sus miles, y David sus diez miles?
Y CUANDO David y los suyos vinieron á Siclag al tercer día, los de Amalec habían invadido el mediodía y á Siclag, y habían desolado á Siclag, y puéstola á fuego.
Y David dijo: No hagáis eso, hermanos míos, de lo que nos ha dado Jehová; el cual nos ha guardado, y ha entregado en nuestras manos la caterva que vino sobre nosotros.
Y siguiendo los Filisteos á Saúl y á sus hijos, mataron á Jonathán, y á Abinadab, y á Melchîsua, hijos de Saúl.
Y como él miró atrás, vióme y llamóme; y yo dije: Heme aquí.
¡Perecido ha la gloria de Israel sobre tus montañas! ¡Cómo han caído los valientes!
No lo denunciéis en Gath, no deis las nuevas en las plazas de Ascalón; porque no se alegren las hijas de los Filisteos, porque no salten de gozo las hijas de los incircuncisos.
¡Cómo han caído los valientes en medio de la batalla! ¡Jonathán, muerto en tus alturas!
Angustia tengo por ti, hermano mío Jonathán, que me fuiste muy dulce: más maravilloso me fué tu amor, que el amor de las mujeres.
Y estaban allí los tres hijos de Sarvia: Joab, y Abisai, y Asael. Este Asael era suelto de pies como un corzo del campo.
Y Abner tornó á decir á Asael: Apártate de en pos de mí, porque te heriré derribándote en tierra, y después ¿cómo levantaré mi rostro á tu hermano Joab?
Y Abner dió voces á Joab, diciendo: ¿Consumirá la espada perpetuamente? ¿no sabes tú que al cabo se sigue amargura? ¿hasta cuándo no has de decir al pueblo que se vuelvan de seguir á sus hermanos?
Y saliéndose Joab de con David, envió mensajeros tras Abner, los cuales le volvieron desde el pozo de Sira, sin saberlo David.
Joab pues y Abisai su hermano mataron á Abner, porque él había muerto á Asael, hermano de ellos en la batalla de Gabaón.
Y como todo el pueblo viniese á dar de comer pan á David siendo aún de día, David juró, diciendo: Así me haga Dios y así me añada, si antes que se ponga el sol gustare yo pan, ú otra cualquier cosa.
Y el rey dijo á sus siervos: ¿No sabéis que ha caído hoy en Israel un príncipe, y grande?
Y tenía el hijo de Saúl dos varones, los cuales eran capitanes de compañía, el nombre de uno era Baana, y el del otro Rechâb, hijos de Rimmón Beerothita, de los hijos de Benjamín: (porque Beeroth era contada con Benjamín;
Entonces entraron ellos en medio de la casa en hábito de mercaderes de grano, y le hirieron en la quinta costilla. Escapáronse luego Rechâb y Baana su hermano;
Y David respondió á Rechâb y á su hermano Baana, hijos de Rimmón Beerothita, y díjoles: Vive Jehová que ha redimido mi alma de toda angustia,
¿Cuánto más á los malos hombres que mataron á un hombre justo en su casa, y sobre su cama? Ahora pues, ¿no tengo yo de demandar su sangre de vuestras manos, y quitaros de la tierra?
Y aun ayer y antes, cuando Saúl reinaba sobre nosotros, tú sacabas y volvías á Israel. Además Jehová te ha dicho: Tú apacentarás á mi pueblo Israel, y tú serás sobre Israel príncipe.
Era David de treinta años cuando comenzó á reinar, y reinó cuarenta años.
En Hebrón reinó sobre Judá siete años y seis meses: y en Jerusalem reinó treinta y tres años sobre todo Israel y Judá.
Y los Filisteos tornaron á venir, y extendiéronse en el valle de Raphaim.
Y será afirmada tu casa y tu reino para siempre delante de tu rostro; y tu trono será estable eternalmente.
Y vinieron los Siros de Damasco á dar ayuda á Hadad-ezer rey de Soba; y David hirió de los Siros veinte y dos mil hombres.
Asimismo de Beta y de Beeroth, ciudades de Hadad-ezer, tomó el rey David gran copia de metal.
Y puso guarnición en Edom, por toda Edom puso guarnición; y todos los Idumeos fueron siervos de David. Y Jehová guardó á David por donde quiera que fué.
Y DIJO David: ¿Ha quedado alguno de la casa de Saúl, á quien haga yo misericordia por amor de Jonathán?
Y había un siervo de la casa de Saúl, que se llamaba Siba, al cual como llamaron que viniese á David, el rey le dijo: ¿Eres tú Siba? Y él respondió: Tu siervo.
Entonces el rey le dijo: ¿Y ése dónde está? Y Siba respondió al rey: He aquí, está en casa de Machîr hijo de Amiel, en Lodebar.
Y moraba Mephi-boseth en Jerusalem, porque comía siempre á la mesa del rey: y era cojo de ambos pies.
Lo cual como fué hecho saber á David, envió á encontrarles, porque ellos estaban en extremo avergonzados; y el rey hizo decir les: Estaos en Jericó hasta que os vuelva á nacer la barba, y entonces regresaréis.
Entonces envió Joab, é hizo saber á David todos los negocios de la guerra.
Mas el pobre no tenía más que una sola cordera, que él había comprado y criado, y que había crecido con él y con sus hijos juntamente, comiendo de su bocado, y bebiendo de su vaso, y durmiendo en su seno: y teníala como á una hija.
Entonces dijo Nathán á David: Tú eres aquel hombre. Así ha dicho Jehová, Dios de Israel: Yo te ungí por rey sobre Israel, y te libré de la mano de Saúl;
Y juntando David todo el pueblo, fué contra Rabba, y combatióla, y tomóla.
Mas él no la quiso oir; antes pudiendo más que ella la forzó, y echóse con ella.
Y tenía ella sobre sí una ropa de colores, traje que las hijas vírgenes de los reyes vestían. Echóla pues fuera su criado, y cerró la puerta tras ella.
Entonces dijo Absalom: Si no, ruégote que venga con nosotros Amnón mi hermano. Y el rey le respondió: ¿Para qué ha de ir contigo?
Y Jonadab, hijo de Simea hermano de David, habló y dijo: No diga mi señor que han muerto á todos los jóvenes hijos del rey, que sólo Amnón es muerto: porque en boca de Absalom estaba puesto desde el día que Amnón forzó á Thamar su hermana.
Por tanto, ahora no ponga mi señor el rey en su corazón esa voz que dice: Todos los hijos del rey son muertos: porque sólo Amnón es muerto.
Y entrando al rey, habla con él de esta manera. Y puso Joab las palabras en su boca.
Y tu sierva tenía dos hijos y los dos riñeron en el campo; y no habiendo quien los despartiese, hirió el uno al otro, y matólo.
Levantóse luego Joab, y fué á Gessur, y volvió á Absalom á Jerusalem.
Entonces Absalom le decía: Mira, tus palabras son buenas y justas: mas no tienes quien te oiga por el rey.
Y acontecía que, cuando alguno se llegaba para inclinarse á él, él extendía la mano, y lo tomaba, y lo besaba.
Porque tu siervo hizo voto cuando estaba en Gessur en Siria, diciendo: Si Jehová me volviere á Jerusalem, yo serviré á Jehová.
Empero envió Absalom espías por todas las tribus de Israel, diciendo: Cuando oyereis el sonido de la trompeta, diréis: Absalom reina en Hebrón.
Entonces David dijo á todos sus siervos que estaban con él en Jerusalem: Levantaos y huyamos, porque no podremos escapar delante de Absalom; daos priesa á partir, no sea que apresurándose él nos alcance, y arroje el mal sobre nosotros, y hiera la ciudad á filo de espada.
Y dijo el rey á Ittai Getheo: ¿Para qué vienes tú también con nosotros? vuélvete y quédate con el rey; porque tú eres extranjero, y desterrado también de tu lugar.
Mirad, yo me detendré en los campos del desierto, hasta que venga respuesta de vosotros que me dé aviso.
Entonces el rey dijo á Siba: He aquí, sea tuyo todo lo que tiene Mephi-boseth. Y respondió Siba inclinándose: Rey señor mío, halle yo gracia delante de ti.
ENTONCES Achitophel dijo á Absalom: Yo escogeré ahora doce mil hombres, y me levantaré, y seguiré á David esta noche;
Entonces le acometeremos en cualquier lugar que pudiere hallarse, y daremos sobre él como cuando el rocío cae sobre la tierra, y ni uno dejaremos de él, y de todos los que con él están.
Mas el pueblo dijo: No saldrás; porque si nosotros huyéremos, no harán caso de nosotros; y aunque la mitad de nosotros muera, no harán caso de nosotros: mas tú ahora vales tanto como diez mil de nosotros. Será pues mejor que tú nos des ayuda desde la ciudad.
Salió pues el pueblo al campo contra Israel, y dióse la batalla en el bosque de Ephraim;
Y derramándose allí el ejército por la haz de toda la tierra, fueron más los que consumió el bosque de los del pueblo, que los que consumió el cuchillo aquel día.
Y viéndolo uno, avisó á Joab, diciendo: He aquí que he visto á Absalom colgado de un alcornoque.
Y el hombre dijo á Joab: Aunque me importara en mis manos mil siclos de plata, no extendiera yo mi mano contra el hijo del rey; porque nosotros lo oímos cuando el rey te mandó á ti y á Abisai y á Ittai, diciendo: Mirad que ninguno toque en el joven Absalom.
Y respondió Joab: No es razón que yo te ruegue. Y tomando tres dardos en sus manos, hincólos en el corazón de Absalom, que aun estaba vivo en medio del alcornoque.
Vió el atalaya otro que corría; y dió voces el atalaya al portero, diciendo: He aquí otro hombre que corre solo. Y el rey dijo: Éste también es mensajero.
Y DIERON aviso á Joab: He aquí el rey llora, y hace duelo por Absalom.
Y Absalom, á quien habíamos ungido sobre nosotros, es muerto en la batalla. ¿Por qué pues os estáis ahora quedos en orden á hacer volver al rey?
Y con él venían mil hombres de Benjamín; asimismo Siba criado de la casa de Saúl, con sus quince hijos y sus veinte siervos, los cuales pasaron el Jordán delante del rey.
Y dijo al rey: No me impute mi señor iniquidad, ni tengas memoria de los males que tu siervo hizo el día que mi señor el rey salió de Jerusalem, para guardarlos el rey en su corazón;
Así se fueron de en pos de David todos los hombres de Israel, y seguían á Seba hijo de Bichri: mas los de Judá fueron adheridos á su rey, desde el Jordán hasta Jerusalem.
Y dijo David á Abisai: Seba hijo de Bichri nos hará ahora más mal que Absalom: toma pues tú los siervos de tu señor, y ve tras él, no sea que halle las ciudades fortificadas, y se nos vaya de delante.
Y uno de los criados de Joab se paró junto á él, diciendo: Cualquiera que amare á Joab y á David vaya en pos de Joab.
Y Amasa se había revolcado en la sangre en mitad del camino: y viendo aquel hombre que todo el pueblo se paraba, apartó á Amasa del camino al campo, y echó sobre él una vestidura, porque veía que todos los que venían se paraban junto á él.
Entonces una mujer sabia dió voces en la ciudad, diciendo: Oid, oid; ruégoos que digáis á Joab se llegue á acá, para que yo hable con él.
Este desafió á Israel, y matólo Jonathán, hijo de Sima hermano de David.
Me rodearon los dolores del infierno, y me tomaron descuidado lazos de muerte.
Tuve angustia, invoqué á Jehová, y clamé á mi Dios: y él oyó mi voz desde su templo; llegó mi clamor á sus oídos.
Asaltáronme en el día de mi calamidad; mas Jehová fué mi sostén.
Porque tú eres mi lámpara, oh Jehová: Jehová da luz á mis tinieblas.
El que hace mis pies como de ciervas, y el que me asienta en mis alturas;
Tú ensanchaste mis pasos debajo de mí, para que no titubeasen mis rodillas.
Estos son los nombres de los valientes que tuvo David: El Tachmonita, que se sentaba en cátedra, principal de los capitanes: era éste Adino el Eznita, que mató en una ocasión sobre ochocientos hombres.
Después de éste fué Samma, hijo de Age Araita: que habiéndose juntado los Filisteos en una aldea, había allí una suerte de tierra llena de lentejas, y el pueblo había huído delante de los Filisteos:
Y David tuvo deseo, y dijo: ¡Quién me diera á beber del agua de la cisterna de Beth-lehem, que está á la puerta!
Asael hermano de Joab fué de los treinta; Elhaanan hijo de Dodo de Beth-lehem;
Benaía Pirathonita, Hiddai del arroyo de Gaas;
Samma de Arar, Ahiam hijo de Sarar de Arar.
Y vinieron luego á la fortaleza de Tiro, y á todas las ciudades de los Heveos y de los Cananeos; y salieron al mediodía de Judá, á Beer-seba.
Y subió David, conforme al dicho de Gad, que Jehová le había mandado.
Y estando tú aún hablando con el rey, yo entraré tras ti, y acabaré tus razones.
Y ella le respondió: Señor mío, tú juraste á tu sierva por Jehová tu Dios, diciendo: Salomón tu hijo reinará después de mí, y él se sentará en mi trono;
Porque hoy ha descendido, y ha matado bueyes, y animales engordados, y muchas ovejas, y ha convidado á todos los hijos del rey, y á los capitanes del ejército, y también á Abiathar sacerdote; y he aquí, están comiendo y bebiendo delante de él, y han dicho: ¡Viva el rey Adonía!
Después subió todo el pueblo en pos de él, y cantaba la gente con flautas, y hacían grandes alegrías, que parecía que la tierra se hundía con el clamor de ellos.
Y Jonathán respondió, y dijo á Adonía: Ciertamente nuestro señor el rey David ha hecho rey á Salomón:
Para que confirme Jehová la palabra que me habló, diciendo: Si tus hijos guardaren su camino, andando delante de mí con verdad, de todo su corazón, y de toda su alma, jamás, dice, faltará á ti varón del trono de Israel.
Y ya sabes tú lo que me ha hecho Joab hijo de Sarvia, lo que hizo á dos generales del ejército de Israel, á Abner hijo de Ner, y á Amasa hijo de Jether, los cuales él mató, derramando en paz la sangre de guerra, y poniendo la sangre de guerra en su talabarte que tenía sobre sus lomos, y en sus zapatos que tenía en sus pies.
Levantóse entonces Semei, y enalbardó su asno, y fué á Gath, á Achîs, á procurar sus siervos. Fué pues Semei, y volvió sus siervos de Gath.
Y una noche el hijo de esta mujer murió, porque ella se acostó sobre él.
Y levantóse á media noche, y tomó á mi hijo de junto á mí, estando yo tu sierva durmiendo, y púsolo á su lado, y púsome á mi lado su hijo muerto.
Y dijo el rey: Traedme un cuchillo. Y trajeron al rey un cuchillo.
FUÉ pues el rey Salomón rey sobre todo Israel.
Y tenía Salomón doce gobernadores sobre todo Israel, los cuales mantenían al rey y á su casa. Cada uno de ellos estaba obligado á abastecer por un mes en el año.
Y Salomón señoreaba sobre todos los reinos, desde el río de la tierra de los Filisteos hasta el término de Egipto: y traían presentes, y sirvieron á Salomón todos los días que vivió.
Y envió Hiram á decir á Salomón: He oído lo que me mandaste á decir: yo haré todo lo que te pluguiere acerca de la madera de cedro, y la madera de haya.
Y el rey Salomón impuso tributo á todo Israel, y el tributo fué de treinta mil hombres:
El aposento de abajo era de cinco codos de ancho, y el de en medio de seis codos de ancho, y el tercero de siete codos de ancho: porque por de fuera había hecho disminuciones á la casa en derredor, para no trabar las vigas de las paredes de la casa.
Y la casa estaba cubierta de cedro por de dentro, y tenía entalladuras de calabazas silvestres y de botones de flores. Todo era cedro; ninguna piedra se veía.
Y adornó el oráculo por de dentro en medio de la casa, para poner allí el arca del pacto de Jehová.
Y vistió de oro los querubines.
Y esculpió todas las paredes de la casa alrededor de diversas figuras, de querubines, de palmas, y de botones de flores, por de dentro y por de fuera.
En el cuarto año, en el mes de Ziph, se echaron los cimientos de la casa de Jehová:
Tenían también los capiteles de sobre las dos columnas, doscientas granadas en dos órdenes alrededor en cada capitel, encima del vientre del capitel, el cual vientre estaba delante del enredado.
Hizo asimismo un mar de fundición, de diez codos del un lado al otro, perfectamente redondo: su altura era de cinco codos, y ceñíalo alrededor un cordón de treinta codos.
Y los sacerdotes metieron el arca del pacto de Jehová en su lugar, en el oráculo de la casa, en el lugar santísimo, debajo de las alas de los querubines.
Y como los sacerdotes salieron del santuario, la nube hinchió la casa de Jehová.
Empero tú no edificarás la casa, sino tu hijo que saldrá de tus lomos, él edificará casa á mi nombre.
Cuando alguno hubiere pecado contra su prójimo, y le tomaren juramento haciéndole jurar, y viniere el juramento delante de tu altar en esta casa;
Tú oirás desde el cielo, y obrarás, y juzgarás á tus siervos, condenando al impío, tornando su proceder sobre su cabeza, y justificando al justo para darle conforme á su justicia.
Y ellos volvieren en sí en la tierra donde fueren cautivos; si se convirtieren, y oraren á ti en la tierra de los que los cautivaron, y dijeren: Pecamos, hemos hecho lo malo, hemos cometido impiedad;
Y si se convirtieren á ti de todo su corazón y de toda su alma, en la tierra de sus enemigos que los hubieren llevado cautivos, y oraren á ti hacia su tierra, que tú diste á sus padres, hacia la ciudad que tú elegiste y la casa que yo he edificado á tu nombre;
Que tus ojos estén abiertos á la oración de tu siervo, y á la plegaria de tu pueblo Israel, para oirlos en todo aquello por lo que te invocaren:
Aquel mismo día santificó el rey el medio del atrio que estaba delante de la casa de Jehová: porque ofreció allí los holocaustos, y los presentes, y los sebos de los pacíficos; por cuanto el altar de bronce que estaba delante de Jehová era pequeño, y no cupieran en él los holocaustos, y los presentes, y los sebos de los pacíficos.
Y salió Hiram de Tiro para ver las ciudades que Salomón le había dado, y no le contentaron.
Y esta es la razón del tributo que el rey Salomón impuso para edificar la casa de Jehová, y su casa, y á Millo, y el muro de Jerusalem, y á Hasor, y Megiddo, y Gezer.
Y de la madera de brasil hizo el rey balaustres para la casa de Jehová, y para las casas reales, arpas también y salterios para los cantores: nunca vino tanta madera de brasil, ni se ha visto hasta hoy.
Hizo también el rey Salomón doscientos paveses de oro extendido: seiscientos siclos de oro gastó en cada pavés.
Toda la tierra procuraba ver la cara de Salomón, para oir su sabiduría, la cual Dios había puesto en su corazón.
Y venía y salía de Egipto, el carro por seiscientas piezas de plata, y el caballo por ciento y cincuenta; y así los sacaban por mano de ellos todos los reyes de los Hetheos, y de Siria.
Y enojóse Jehová contra Salomón, por cuanto estaba su corazón desviado de Jehová Dios de Israel, que le había aparecido dos veces,
Y le había mandado acerca de esto, que no siguiese dioses ajenos: mas él no guardó lo que le mandó Jehová.
Porque cuando David estaba en Edom, y subió Joab el general del ejército á enterrar los muertos, y mató á todos los varones de Edom,
Y la hermana de Thaphnes le parió á su hijo Genubath, al cual destetó Thaphnes dentro de la casa de Faraón; y estaba Genubath en casa de Faraón entre los hijos de Faraón.
Y respondióle Faraón: ¿Por qué? ¿qué te falta conmigo, que procuras irte á tu tierra? Y él respondió: Nada; con todo, ruégote que me dejes ir.
Y fué adversario á Israel todos los días de Salomón; y fué otro mal con el de Adad, porque aborreció á Israel, y reinó sobre la Siria.
Y trabando Ahías de la capa nueva que tenía sobre sí, rompióla en doce pedazos,
Y él les dijo: Idos, y de aquí á tres días volved á mí. Y el pueblo se fué.
Mas él, dejado el consejo de los viejos que ellos le habían dado, tomó consejo con los mancebos que se habían criado con él, y estaban delante de él.
Y díjoles: ¿Cómo aconsejáis vosotros que respondamos á este pueblo, que me ha hablado, diciendo: Disminuye algo del yugo que tu padre puso sobre nosotros?
Y al tercer día vino Jeroboam con todo el pueblo á Roboam; según el rey lo había mandado, diciendo: Volved á mí al tercer día.
Así se apartó Israel de la casa de David hasta hoy.
Hizo también casa de altos, é hizo sacerdotes de la clase del pueblo, que no eran de los hijos de Leví.
Y como el rey Jeroboam oyó la palabra del varón de Dios, que había clamado contra el altar de Beth-el, extendiendo su mano desde el altar, dijo: ¡Prendedle! Mas la mano que había extendido contra él, se le secó, que no la pudo tornar á sí.
Y él dijo á sus hijos: Enalbardadme el asno. Y ellos le enalbardaron el asno, y subió en él.
Y yendo tras el varón de Dios, hallóle que estaba sentado debajo de un alcornoque: y díjole: ¿Eres tú el varón de Dios que viniste de Judá? Y él dijo: Yo soy.
Porque por palabra de Dios me ha sido dicho: No comas pan ni bebas agua allí, ni vuelvas por el camino que fueres.
Y habló á sus hijos, y díjoles: Enalbardadme un asno. Y ellos se lo enalbardaron.
Y tomando el profeta el cuerpo del varón de Dios, púsolo sobre el asno, y llevóselo. Y el profeta viejo vino á la ciudad, para endecharle y enterrarle.
Y esto fué causa de pecado á la casa de Jeroboam; por lo cual fué cortada y raída de sobre la haz de la tierra.
Y toma en tu mano diez panes, y turrones, y una botija de miel, y ve á él; que te declare lo que ha de ser de este mozo.
El que muriere de los de Jeroboam en la ciudad, le comerán los perros; y el que muriere en el campo, comerlo han las aves del cielo; porque Jehová lo ha dicho.
Y Jehová se levantará un rey sobre Israel, el cual talará la casa de Jeroboam en este día; ¿y qué, si ahora?
EN el año dieciocho del rey Jeroboam hijo de Nabat, Abiam comenzó á reinar sobre Judá.
Mas por amor de David, dióle Jehová su Dios lámpara en Jerusalem, levantándole á su hijo después de él, y sosteniendo á Jerusalem:
Y hubo guerra entre Roboam y Jeroboam todos los días de su vida.
Y durmió Abiam con sus padres, y sepultáronlo en la ciudad de David: y reinó Asa su hijo en su lugar.
Y reinó cuarenta y un años en Jerusalem; el nombre de su madre fué Maachâ, hija de Abisalom.
Entonces tomando Asa toda la plata y oro que había quedado en los tesoros de la casa de Jehová, y los tesoros de la casa real, entrególos en las manos de sus siervos, y enviólos el rey Asa á Ben-adad, hijo de Tabrimón, hijo de Hezión, rey de Siria, el cual residía en Damasco, diciendo:
Alianza hay entre mí y ti, y entre mi padre y el tuyo: he aquí yo te envío un presente de plata y oro: ve, y rompe tu alianza con Baasa rey de Israel, para que me deje.
E hizo lo malo á los ojos de Jehová, y anduvo en el camino de Jeroboam, y en su pecado con que hizo pecar á Israel.
Y FUÉ palabra de Jehová á Jehú hijo de Hanani contra Baasa, diciendo:
Empero la palabra de Jehová por mano de Jehú profeta, hijo de Hanani, había sido contra Baasa y también contra su casa, con motivo de todo lo malo que hizo á los ojos de Jehová, provocándole á ira con las obras de sus manos, para que fuese hecha como la casa de Jeroboam; y porque lo había herido.
E hizo conjuración contra él su siervo Zimri, comandante de la mitad de los carros. Y estando él en Thirsa, bebiendo y embriagado en casa de Arsa su mayordomo en Thirsa,
Vino Zimri, y lo hirió y mató, en el año veintisiete de Asa rey de Judá; y reinó en lugar suyo.
Y el pueblo que estaba en el campo oyó decir: Zimri ha hecho conjuración, y ha muerto al rey. Entonces todo Israel levantó el mismo día por rey sobre Israel á Omri, general del ejército, en el campo.
Y comenzó á reinar Achâb hijo de Omri sobre Israel el año treinta y ocho de Asa rey de Judá.
Y él fué, é hizo conforme á la palabra de Jehová; pues se fué y asentó junto al arroyo de Cherith, que está antes del Jordán.
Y los cuervos le traían pan y carne por la mañana, y pan y carne á la tarde; y bebía del arroyo.
Entonces ella fué, é hizo como le dijo Elías; y comió él, y ella y su casa, muchos días.
Y la tinaja de la harina no escaseó, ni menguó la botija del aceite, conforme á la palabra de Jehová que había dicho por Elías.
Después de estas cosas aconteció que cayó enfermo el hijo del ama de la casa, y la enfermedad fué tan grave, que no quedó en él resuello.
Y ella dijo á Elías: ¿Qué tengo yo contigo, varón de Dios? ¿has venido á mí para traer en memoria mis iniquidades, y para hacerme morir mi hijo?
Y partieron entre sí el país para recorrerlo: Achâb fué de por sí por un camino, y Abdías fué separadamente por otro.
Y él respondió: Yo no he alborotado á Israel, sino tú y la casa de tu padre, dejando los mandamientos de Jehová, y siguiendo á los Baales.
Dénsenos pues dos bueyes, y escójanse ellos el uno, y córtenlo en pedazos, y pónganlo sobre leña, mas no pongan fuego debajo; y yo aprestaré el otro buey, y pondrélo sobre leña, y ningún fuego pondré debajo.
Entonces Elías dijo á los profetas de Baal: Escogeos el un buey, y haced primero, pues que vosotros sois los más: é invocad en el nombre de vuestros dioses, mas no pongáis fuego debajo.
Y ellos clamaban á grandes voces, y sajábanse con cuchillos y con lancetas conforme á su costumbre, hasta chorrear la sangre sobre ellos.
Entonces cayó fuego de Jehová, el cual consumió el holocausto, y la leña, y las piedras, y el polvo, y aun lamió las aguas que estaban en la reguera.
Y aconteció, estando en esto, que los cielos se oscurecieron con nubes y viento; y hubo una gran lluvia. Y subiendo Achâb, vino á Jezreel.
Y volviendo el ángel de Jehová la segunda vez, tocóle, diciendo: Levántate, come: porque gran camino te resta.
Y allí se metió en una cueva, donde tuvo la noche. Y fué á él palabra de Jehová, el cual le dijo: ¿Qué haces aquí, Elías?
Entonces él respondió á los embajadores de Ben-adad: Decid al rey mi señor: Haré todo lo que mandaste á tu siervo al principio; mas esto no lo puedo hacer. Y los embajadores fueron, y diéronle la respuesta.
Y el rey de Israel respondió, y dijo: Decidle, que no se alabe el que se ciñe, como el que ya se desciñe.
Y como él oyó esta palabra, estando bebiendo con los reyes en las tiendas, dijo á sus siervos: Poned. Y ellos pusieron contra la ciudad.
Y él le dijo: Por cuanto no has obedecido á la palabra de Jehová, he aquí en apartándote de mí, te herirá un león. Y como se apartó de él, topóle un león, é hirióle.
Y como el rey pasaba, él dió voces al rey, y dijo: Tu siervo salió entre la tropa: y he aquí apartándose uno, trájome un hombre, diciendo: Guarda á este hombre, y si llegare á faltar, tu vida será por la suya, ó pagarás un talento de plata.
Y vínose Achâb á su casa triste y enojado, por la palabra que Naboth de Jezreel le había respondido, diciendo: No te daré la heredad de mis padres. Y acostóse en su cama, y volvió su rostro, y no comió pan.
Y como Jezabel oyó que Naboth había sido apedreado y muerto, dijo á Achâb: Levántate y posee la viña de Naboth de Jezreel, que no te la quiso dar por dinero; porque Naboth no vive, sino que es muerto.
Y dijo Josaphat: ¿Hay aún aquí algún profeta de Jehová, por el cual consultemos?
Y todos los profetas profetizaban de la misma manera, diciendo: Sube á Ramoth de Galaad, y serás prosperado; que Jehová la dará en mano del rey.
Y Jehová dijo: ¿Quién inducirá á Achâb, para que suba y caiga en Ramoth de Galaad? Y uno decía de una manera; y otro decía de otra.
Entonces el rey de Israel dijo: Toma á Michêas, y vuélvelo á Amón gobernador de la ciudad, y á Joas hijo del rey;
No había entonces rey en Edom; presidente había en lugar de rey.
Y como los mensajeros se volvieron al rey, él les dijo: ¿Por qué pues os habéis vuelto?
Y ellos le respondieron: Un varón velloso, y ceñía sus lomos con un cinto de cuero. Entonces él dijo: Elías Thisbita es.
Y fué y envió á decir á Josaphat rey de Judá: El rey de Moab se ha rebelado contra mí: ¿irás tú conmigo á la guerra contra Moab? Y él respondió: Iré, porque como yo, así tú; como mi pueblo, así tu pueblo; como mis caballos, así también tus caballos.
Mas ahora traedme un tañedor. Y mientras el tañedor tocaba, la mano de Jehová fué sobre Eliseo.
Y esto es cosa ligera en los ojos de Jehová; dará también á los Moabitas en vuestras manos.
Y todos los de Moab, como oyeron que los reyes subían á pelear contra ellos, juntáronse desde todos los que ceñían talabarte arriba, y pusiéronse en la frontera.
Y cuando el rey de Moab vió que la batalla lo vencía, tomó consigo setecientos hombres que sacaban espada, para romper contra el rey de Idumea: mas no pudieron.
Y como los vasos fueron llenos, dijo á un hijo suyo: Tráeme aún otro vaso. Y él dijo: No hay más vasos. Entonces cesó el aceite.
Y dijo la madre del niño: Vive Jehová, y vive tu alma, que no te dejaré.
El entonces se levantó, y siguióla. Y Giezi había ido delante de ellos, y había puesto el bordón sobre el rostro del niño, mas ni tenía voz ni sentido; y así se había vuelto para encontrar á Eliseo; y declaróselo, diciendo: El mozo no despierta.
El entonces dijo: Traed harina. Y esparcióla en la olla, y dijo: Echa de comer á la gente. Y no hubo más mal en la olla.
Y respondió su sirviente: ¿Cómo he de poner esto delante de cien hombres? Mas él tornó á decir: Da á la gente para que coman, porque así ha dicho Jehová: Comerán, y sobrará.
Y de Siria habían salido cuadrillas, y habían llevado cautiva de la tierra de Israel una muchacha; la cual sirviendo á la mujer de Naamán,
Y Naamán se fué enojado, diciendo: He aquí yo decía para mí: Saldrá él luego, y estando en pie invocará el nombre de Jehová su Dios, y alzará su mano, y tocará el lugar, y sanará la lepra.
El entonces descendió, y zambullóse siete veces en el Jordán, conforme á la palabra del varón de Dios: y su carne se volvió como la carne de un niño, y fué limpio.
Y Naamán dijo: Ruégote que tomes dos talentos. Y él le constriñó, y ató dos talentos de plata en dos sacos, y dos mudas de vestidos, y púsolo á cuestas á dos de sus criados, que lo llevasen delante de él.
Entonces el rey de Israel envió á aquel lugar que el varón de Dios había dicho y amonestádole; y guardóse de allí, no una vez ni dos.
Entonces uno de los siervos dijo: No, rey señor mío; sino que el profeta Eliseo está en Israel, el cual declara al rey de Israel las palabras que tú hablas en tu más secreta cámara.
Y él dijo: Id, y mirad dónde está, para que yo envíe á tomarlo. Y fuéle dicho: He aquí él está en Dothán.
Y él dijo: Si no te salva Jehová, ¿de dónde te tengo de salvar yo? ¿del alfolí, ó del lagar?
DIJO entonces Eliseo: Oid palabra de Jehová: Así dijo Jehová: Mañana á estas horas valdrá el seah de flor de harina un siclo, y dos seah de cebada un siclo, á la puerta de Samaria.
Y un príncipe sobre cuya mano el rey se apoyaba, respondió al varón de Dios, y dijo: Si Jehová hiciese ahora ventanas en el cielo, ¿sería esto así? Y él dijo: He aquí tú lo verás con tus ojos, mas no comerás de ello.
Y contando él al rey cómo había hecho vivir á un muerto, he aquí la mujer, á cuyo hijo había hecho vivir, que clamaba al rey por su casa y por sus tierras. Entonces dijo Giezi: Rey señor mío, esta es la mujer, y este es su hijo, al cual Eliseo hizo vivir.
Tomó pues Hazael en su mano un presente de todos los bienes de Damasco, cuarenta camellos cargados, y saliólo á recibir: y llegó, y púsose delante de él, y dijo: Tu hijo Ben-adad, rey de Siria, me ha enviado á ti, diciendo: ¿Tengo de sanar de esta enfermedad?
En su tiempo se rebeló Edom de debajo de la mano de Judá, y pusieron rey sobre sí.
Y fué á la guerra con Joram hijo de Achâb á Ramoth de Galaad, contra Hazael rey de Siria; y los Siros hirieron á Joram.
Y perecerá toda la casa de Achâb, y talaré de Achâb todo meante á la pared, así al guardado como al desamparado en Israel.
Así conjuró Jehú hijo de Josaphat hijo de Nimsi, contra Joram. (Estaba Joram guardando á Ramoth de Galaad con todo Israel, por causa de Hazael rey de Siria.
El entonces les escribió la segunda vez, diciendo: Si sois míos, y queréis obedecerme, tomad las cabezas de los varones hijos de vuestro señor, y venid mañana á estas horas á mí á Jezreel. Y los hijos del rey, setenta varones, estaban con los principales de la ciudad, que los criaban.
Y sacaron las estatuas de la casa de Baal, y quemáronlas.
Con todo eso Jehú no se apartó de los pecados de Jeroboam hijo de Nabat, que hizo pecar á Israel; á saber, de en pos de los becerros de oro que estaban en Beth-el y en Dan.
Desde el Jordán al nacimiento del sol, toda la tierra de Galaad, de Gad, de Rubén, y de Manasés, desde Aroer que está junto al arroyo de Arnón, á Galaad y á Basán.
Y durmió Jehú con sus padres, y sepultáronlo en Samaria: y reinó en su lugar Joachâz su hijo.
Y mandóles, diciendo: Esto es lo que habéis de hacer: la tercera parte de vosotros, los que entrarán el sábado, tendrán la guardia de la casa del rey;
EN el séptimo año de Jehú comenzó á reinar Joas, y reinó cuarenta años en Jerusalem. El nombre de su madre fué Sibia, de Beer-seba.
Llamando entonces el rey Joas al pontífice Joiada y á los sacerdotes, díjoles: ¿Por qué no reparáis las aberturas del templo? Ahora pues, no toméis más el dinero de vuestros familiares, sino dadlo para reparar las roturas del templo.
El dinero por el delito, y el dinero por los pecados, no se metía en la casa de Jehová; porque era de los sacerdotes.
(Y dió Jehová salvador á Israel, y salieron de bajo la mano de los Siros; y habitaron los hijos de Israel en sus estancias, como antes.
E hizo lo malo en ojos de Jehová: no se apartó de todos los pecados de Jeroboam hijo de Nabat, el que hizo pecar á Israel; en ellos anduvo.
Y dijo Eliseo al rey de Israel: Pon tu mano sobre el arco. Y puso él su mano sobre el arco. Entonces puso Eliseo sus manos sobre las manos del rey,
Y aconteció que al sepultar unos un hombre, súbitamente vieron una partida, y arrojaron al hombre en el sepulcro de Eliseo: y cuando llegó á tocar el muerto los huesos de Eliseo, revivió, y levantóse sobre sus pies.
Mas no mató á los hijos de los que le mataron, conforme á lo que está escrito en el libro de la ley de Moisés, donde Jehová mandó, diciendo: No matarán á los padres por los hijos, ni á los hijos por los padres: mas cada uno morirá por su pecado.
Además Joas rey de Israel tomó á Amasías rey de Judá, hijo de Joas hijo de Ochôzías, en Beth-semes: y vino á Jerusalem, y rompió el muro de Jerusalem desde la puerta de Ephraim hasta la puerta de la esquina, cuatrocientos codos.
Edificó él á Elath, y la restituyó á Judá, después que el rey durmió con sus padres.
E hizo lo recto en ojos de Jehová, conforme á todas las cosas que su padre Amasías había hecho.
Lo demás de los hechos de Zachârías, he aquí está escrito en el libro de las crónicas de los reyes de Israel.
En el año cincuenta de Azarías rey de Judá, reinó Pekaía hijo de Manahem sobre Israel en Samaria, dos años.
Y él hizo lo recto en ojos de Jehová; hizo conforme á todas las cosas que había hecho su padre Uzzía.
EN el año diecisiete de Peka hijo de Remalías, comenzó á reinar Achâz hijo de Jotham rey de Judá.
Cuando comenzó á reinar Achâz, era de veinte años, y reinó en Jerusalem dieciséis años: y no hizo lo recto en ojos de Jehová su Dios, como David su padre;
Y Urías el sacerdote edificó el altar; conforme á todo lo que el rey Achâz había enviado de Damasco, así lo hizo el sacerdote Urías, entre tanto que el rey Achâz venía de Damasco.
Y el altar de bronce que estaba delante de Jehová, hízolo acercar delante de la frontera de la casa, entre el altar y el templo de Jehová, y púsolo al lado del altar hacia el aquilón.
Asimismo la tienda del sábado que habían edificado en la casa, y el pasadizo de afuera del rey, mudólos del templo de Jehová, por causa del rey de Asiria.
Contra éste subió Salmanasar rey de los Asirios; y Oseas fué hecho su siervo, y pagábale tributo.
Y el rey de Asiria partió contra todo el país, y subió contra Samaria, y estuvo sobre ella tres años.
Y anduviesen en los estatutos de las gentes que Jehová había lanzado delante de los hijos de Israel, y en los de los reyes de Israel, que hicieron;
Pues servían á los ídolos, de los cuales Jehová les había dicho: Vosotros no habéis de hacer esto;
Jehová por tanto se airó en gran manera contra Israel, y quitólos de delante de su rostro; que no quedó sino sólo la tribu de Judá.
Mas ni aun Judá guardó los mandamientos de Jehová su Dios; antes anduvieron en los estatutos de Israel, los cuales habían ellos hecho.
Y desechó Jehová toda la simiente de Israel, y afligiólos, y entrególos en manos de saqueadores, hasta echarlos de su presencia.
Y los hijos de Israel anduvieron en todos los pecados de Jeroboam que él hizo, sin apartarse de ellos;
Hizo lo recto en ojos de Jehová, conforme á todas las cosas que había hecho David su padre.
Hasta que yo venga, y os lleve á una tierra como la vuestra, tierra de grano y de vino, tierra de pan y de viñas, tierra de olivas, de aceite, y de miel; y viviréis, y no moriréis. No oigáis á Ezechîas, porque os engaña cuando dice: Jehová nos librará.
E Isaías les respondió: Así diréis á vuestro señor: Así ha dicho Jehová; No temas por las palabras que has oído, con las cuales me han blasfemado los siervos del rey de Asiria.
Y regresando Rabsaces, halló al rey de Asiria combatiendo á Libna; porque había oído que se había partido de Lachîs.
¿Libráronlas los dioses de las gentes, que mis padres destruyeron, es á saber, Gozán, y Harán, y Reseph, y los hijos de Edén que estaban en Thalasar?
Y tomó Ezechîas las letras de mano de los embajadores; y después que las hubo leído, subió á la casa de Jehová, y extendiólas Ezechîas delante de Jehová.
Inclina, oh Jehová, tu oído, y oye; abre, oh Jehová, tus ojos, y mira: y oye las palabras de Sennachêrib, que ha enviado á blasfemar al Dios viviente.
Es verdad, oh Jehová, que los reyes de Asiria han destruído las gentes y sus tierras;
Por el camino que vino se volverá, y no entrará en esta ciudad, dice Jehová.
Y aconteció que la misma noche salió el ángel de Jehová, é hirió en el campo de los Asirios ciento ochenta y cinco mil; y como se levantaron por la mañana, he aquí los cuerpos de los muertos.
Entonces Sennachêrib, rey de Asiria se partió, y se fué y tornó á Nínive, donde se estuvo.
Y de tus hijos que saldrán de ti, que habrás engendrado, tomarán; y serán eunucos en el palacio del rey de Babilonia.
Mas ellos no escucharon; y Manasés los indujo á que hiciesen más mal que las gentes que Jehová destruyó delante de los hijos de Israel.
Y extenderé sobre Jerusalem el cordel de Samaria, y el plomo de la casa de Achâb: y yo limpiaré á Jerusalem como se limpia una escudilla, que después que la han limpiado, la vuelven sobre su haz.
Y durmió Manasés con sus padres, y fué sepultado en el huerto de su casa, en el huerto de Uzza; y reinó en su lugar Amón su hijo.
E hizo lo malo en ojos de Jehová, como había hecho Manasés su padre.
Y cuando el rey hubo oído las palabras del libro de la ley, rasgó sus vestidos.
Y subió el rey á la casa de Jehová con todos los varones de Judá, y con todos los moradores de Jerusalem, con los sacerdotes y profetas y con todo el pueblo, desde el más chico hasta el más grande; y leyó, oyéndolo ellos, todas las palabras del libro del pacto que había sido hallado en la casa de Jehová.
Además derribó las casas de los sodomitas que estaban en la casa de Jehová, en las cuales tejían las mujeres pabellones para el bosque.
Derribó además el rey los altares que estaban sobre la techumbre de la sala de Achâz, que los reyes de Judá habían hecho, y los altares que había hecho Manasés en los dos atrios de la casa de Jehová; y de allí corrió y arrojó el polvo en el torrente de Cedrón.
Y después dijo: ¿Qué título es este que veo? Y los de la ciudad le respondieron: Este es el sepulcro del varón de Dios que vino de Judá, y profetizó estas cosas que tú has hecho sobre el altar de Beth-el.
En aquel tiempo subieron los siervos de Nabucodonosor rey de Babilonia contra Jerusalem, y la ciudad fué cercada.
Entonces Gedalías les hizo juramento, á ellos y á los suyos, y díjoles: No temáis de ser siervos de los Caldeos; habitad en la tierra, y servid al rey de Babilonia, y os irá bien.
Y hablóle bien, y puso su asiento sobre el asiento de los reyes que con él estaban en Babilonia.
Enoch, Mathusalem, Lamech,
Y Abram, el cual es Abraham.
Y Cethura, concubina de Abraham, parió á Zimram, Jocsán, Medán, Madián, Isbac, y á Súa.
Los hijos de Madián: Epha, Epher, Henoch, Abida, y Eldaa; todos estos fueron hijos de Cethura.
Y Abraham engendró á Isaac: y los hijos de Isaac fueron Esaú é Israel.
Los hijos de Rehuel: Nahath, Zera, Samma, y Mizza.
De los cuales Sarvia y Abigail fueron hermanas. Los hijos de Sarvia fueron tres: Abisai, Joab, y Asael.
Y muerto Hesrón en Caleb de Ephrata, Abia mujer de Hesrón le parió á Ashur padre de Tecoa.
Y el nombre de la mujer de Abisur fué Abihail, la cual le parió á Abán, y á Molib.
Los hijos de Jada hermano de Simmai: Jether y Jonathán. Y murió Jether sin hijos.
Y Sesán no tuvo hijos, sino hijas.
Elasa engendró á Sismai, y Sismai engendró á Sallum;
Maachâ, concubina de Caleb, le parió á Sebet, y á Thirana.
Estos fueron los hijos de Caleb, hijo de Hur, primogénito de Ephrata: Sobal, padre de Chîriath-jearim;
Y otros nueve: Ibaar, Elisama, y Eliphelet,
E hijo del cual fué Achâz, del que fué hijo Ezechîas, cuyo hijo fué Manasés;
Y los hijos de Jechônías: Asir, Salathiel,
Los hijos de Hananías: Pelatías, y Jesaías, hijo de Rephaías, hijo de Arnán, hijo de Obdías, hijo de Sechânías.
Los hijos de Cenes: Othniel, y Seraiah. Los hijos de Othniel: Hathath,
Los hijos de Jaleleel: Zip, Ziphas, Tirias, y Asareel.
Y los hijos de Ezra: Jeter, Mered, Epher, y Jalón: también engendró á Mariam, y Sammai, y á Isba, padre de Esthemoa.
Y Joacim, y los varones de Chôzeba, y Joas, y Saraph, los cuales moraron en Moab, y Jasubi-lehem, que son palabras antiguas.
Y en Bethuel, y en Horma, y en Siclag,
Y sus hermanos por sus familias, cuando eran contados en sus descendencias, tenían por príncipes á Jeiel y á Zachârías.
Y en los días de Saúl trajeron guerra contra los Agarenos, los cuales cayeron en su mano; y ellos habitaron en sus tiendas sobre toda la haz oriental de Galaad.
Mas se rebelaron contra el Dios de sus padres, y fornicaron siguiendo los dioses de los pueblos de la tierra, á los cuales había Jehová quitado de delante de ellos.
Los hijos de Amram: Aarón, Moisés, y Mariam. Los hijos de Aarón: Nadab, Abiú, Eleazar, é Ithamar.
Y Azarías engendró á Amarías, y Amarías engendró á Achîtob;
Los hijos de Elcana: Sophai su hijo, Nahath su hijo,
Hijo de Thahat, hijo de Asir, hijo de Abiasaph, hijo de Core;
Hijo de Ethán, hijo de Zimma, hijo de Simi;
Hijo de Jahat, hijo de Gersón, hijo de Leví.
Mas los hijos de Merari sus hermanos estaban á la mano siniestra, es á saber, Ethán hijo de Chîsi, hijo de Abdi, hijo de Maluch;
Y sus hermanos los Levitas fueron puestos sobre todo el ministerio del tabernáculo de la casa de Dios.
Y los hijos de Aarón son estos: Eleazar su hijo, Phinees su hijo, Abisua su hijo;
Y á los linajes de los hijos de Coath dieron ciudades con sus términos de la tribu de Ephraim.
Y sus hermanos por todas las familias de Issachâr, contados todos por sus genealogías, eran ochenta y siete mil hombres valientes en extremo.
Hijo de este Bería fué Repha, y Reseph, y Thela su hijo, y Taán su hijo,
Y los hijos de Semer: Ahi, Roega, Jehubba, y Aram.
Beser, Hod, Samma, Silsa, Ithrán y Beera.
Y Gera, Sephuphim, y Huram.
Es á saber: Naamán, Achîas, y Gera: éste los trasportó, y engendró á Uzza, y á Ahihud.
Michâel, Ispha, y Joa, hijos de Berías;
E Isphán, Heber, Eliel;
Y su hijo primogénito, Abdón, luego Sur, Chîs, Baal, Nadab,
Los primeros moradores que entraron en sus posesiones en sus ciudades, fueron así de Israel, como de los sacerdotes, Levitas, y Nethineos.
Urai hijo de Amiud, hijo de Omri, hijo de Imrai, hijo de Bani, de los hijos de Phares hijo de Judá.
Y de Siloni, Asaías el primogénito, y sus hijos.
Y de los hijos de Zara, Jehuel y sus hermanos, seiscientos noventa.
Y Phinees hijo de Eleazar fué antes capitán sobre ellos, siendo Jehová con él.
Y no consultó á Jehová: por esta causa lo mató, y traspasó el reino á David, hijo de Isaí.
Y además antes de ahora, aun mientras Saúl reinaba, tú sacabas y metías á Israel. También Jehová tu Dios te ha dicho: Tú apacentarás mi pueblo Israel, y tú serás príncipe sobre Israel mi pueblo.
Entonces se fué David con todo Israel á Jerusalem, la cual es Jebus; y allí era el Jebuseo habitador de aquella tierra.
Y David había dicho: El que primero hiriere al Jebuseo, será cabeza y jefe. Entonces Joab hijo de Sarvia subió el primero, y fué hecho jefe.
Guárdeme mi Dios de hacer esto: ¿había yo de beber la sangre de estos varones con sus vidas, que con peligro de sus vidas la han traído? Y no la quiso beber. Esto hicieron aquellos tres valientes.
Y fué el más honrado de los treinta, mas no llegó á los tres primeros. A éste puso David en su consejo.
Ahiam hijo de Sachâr Ararita, Eliphal hijo de Ur;
Eliel, y Obed, y Jaasiel de Mesobia.
Y Joela, y Zebadías, hijos de Jeroham de Gedor.
Así que viniendo él á Siclag, se pasaron á él de los de Manasés, Adnas, Jozabad, Jediaiel, Michâel, Jozabad, Eliú, y Sillethai, príncipes de millares de los de Manasés.
Y de los hijos de Ephraim, veinte mil y ochocientos, muy valientes, varones ilustres en las casas de sus padres.
Y de la otra parte del Jordán, de los Rubenitas y de los de Gad y de la media tribu de Manasés, ciento y veinte mil con toda suerte de armas de guerra.
Todos estos hombres de guerra, dispuestos para guerrear, vinieron con corazón perfecto á Hebrón, para poner á David por rey sobre todo Israel; asimismo todos los demás de Israel estaban de un mismo ánimo para poner á David por rey.
Ibhar, Elisua, Eliphelet,
Y vinieron los Filisteos, y extendiéronse por el valle de Raphaim.
Entonces David consultó á Dios, diciendo: ¿Subiré contra los Filisteos? ¿los entregarás en mi mano? Y Jehová le dijo: Sube, que yo los entregaré en tus manos.
Hizo pues David como Dios le mandó, é hirieron el campo de los Filisteos desde Gabaón hasta Gezer.
De los hijos de Hebrón, Eliel el principal, y sus hermanos, ochenta;
Y los hijos de los Levitas trajeron el arca de Dios puesta sobre sus hombros en las barras, como lo había mandado Moisés conforme á la palabra de Jehová.
Y ayudando Dios á los Levitas que llevaban el arca del pacto de Jehová, sacrificaban siete novillos y siete carneros.
Y David iba vestido de lino fino y también todos los Levitas que llevaban el arca, y asimismo los cantores; y Chênanías era maestro de canto entre los cantores. Llevaba también David sobre sí un ephod de lino.
Y puso delante del arca de Jehová ministros de los Levitas, para que recordasen, y confesasen, y loasen á Jehová Dios de Israel:
Asaph el primero, el segundo después de él Zachârías, Jeiel, Semiramoth, Jehiel, Mathithías, Eliab, Benaías, Obed-edom, y Jehiel, con sus instrumentos de salterios y arpas; mas Asaph hacía sonido con címbalos:
Oh vosotros, simiente de Israel su siervo, hijos de Jacob, sus escogidos.
Haced memoria de su alianza perpetuamente, y de la palabra que él mandó en mil generaciones;
Porque grande es Jehová, y digno de ser grandemente loado, y de ser temido sobre todos los dioses.
Tributad á Jehová la gloria debida á su nombre: traed ofrenda, y venid delante de él; postraos delante de Jehová en la hermosura de su santidad.
Alégrense los cielos, y gócese la tierra, y digan en las naciones: Reina Jehová.
Y con ellos á Hemán y á Jeduthún, y los otros escogidos declarados por sus nombres, para glorificar á Jehová, porque es eterna su misericordia;
Asimismo he dispuesto lugar á mi pueblo Israel, y lo he plantado para que habite por sí, y que no sea más conmovido: ni los hijos de iniquidad lo consumirán más, como antes,
Y será que, cuando tus días fueren cumplidos para irte con tus padres, levantaré tu simiente después de ti, la cual será de tus hijos, y afirmaré su reino.
El me edificará casa, y yo confirmaré su trono eternalmente.
Jehová, no hay semejante á ti, ni hay Dios sino tú, según todas las cosas que hemos oído con nuestros oídos.
¿Y qué gente hay en la tierra como tu pueblo Israel, cuyo Dios fuese y se redimiera un pueblo, para hacerte nombre con grandezas y maravillas, echando las gentes de delante de tu pueblo, que tú rescataste de Egipto?
DESPUÉS de estas cosas aconteció que David hirió á los Filisteos, y los humilló; y tomó á Gath y sus villas de mano de los Filisteos.
Y puso David guarnición en Siria la de Damasco, y los Siros fueron hechos siervos de David, trayéndole presentes: porque Jehová salvaba á David donde quiera que iba.
Tomó también David los escudos de oro que llevaban los siervos de Adarezer, y trájolos á Jerusalem.
Entonces Hanán tomó los siervos de David, y rapólos, y cortóles los vestidos por medio, hasta las nalgas, y despachólos.
Puso luego el resto de la gente en mano de Abisai su hermano, ordenándolos en batalla contra los Ammonitas.
Y dijo: Si los Siros fueren más fuertes que yo, tú me salvarás; y si los Ammonitas fueren más fuertes que tú, yo te salvaré.
Y viendo los Siros de Adarezer que habían caído delante de Israel, concertaron paz con David, y fueron sus siervos; y nunca más quiso el Siro ayudar á los hijos de Ammón.
Denostó él á Israel, mas hiriólo Jonathán, hijo de Sima hermano de David.
Mas el mandamiento del rey pudo más que Joab. Salió por tanto Joab, y fué por todo Israel; y volvió á Jerusalem, y dió la cuenta del número del pueblo á David.
Y dijo David á Dios: He pecado gravemente en hacer esto: ruégote que hagas pasar la iniquidad de tu siervo, porque yo he hecho muy locamente.
Así Jehová dió pestilencia en Israel, y cayeron de Israel setenta mil hombres.
Asimismo aparejó David mucho hierro para la clavazón de las puertas, y para las junturas; y mucho metal sin peso, y madera de cedro sin cuenta.
Tú tienes contigo muchos oficiales, canteros, albañiles, y carpinteros, y todo hombre experto en toda obra.
Del oro, de la plata, del metal, y del hierro, no hay número. Levántate pues, y á la obra; que Jehová será contigo.
SIENDO pues David ya viejo y harto de días, hizo á Salomón su hijo rey sobre Israel.
Fueron contados los Levitas de treinta años arriba; y fué el número de ellos por sus cabezas, contados uno á uno, treinta y ocho mil.
Hijo de Ishar fué Selomith el primero.
Estos son los hijos de Leví en las familias de sus padres, cabeceras de familias en sus delineaciones, contados por sus nombres, por sus cabezas, los cuales hacían obra en el ministerio de la casa de Jehová, de veinte años arriba.
Y también los Levitas no llevarán más el tabernáculo, y todos sus vasos para su ministerio.
Así que, conforme á las postreras palabras de David, fué la cuenta de los hijos de Leví de veinte años arriba.
La décimatercia por Uppa, la décimacuarta por Isebeab;
Y de los hijos de Rehabía, Isias el principal.
Y la primera suerte salió por Asaph, á José: la segunda á Gedalías, quien con sus hermanos é hijos fueron doce;
La cuarta á Isri, con sus hijos y sus hermanos, doce;
La undécima á Azareel, con sus hijos y sus hermanos, doce;
La décimasexta á Hananías, con sus hijos y sus hermanos, doce;
La vigésimasegunda á Giddalthi, con sus hijos y sus hermanos, doce;
Elam el quinto, Johanam el sexto, Elioenai el séptimo.
Los hijos de Jehieli, Zethán y Joel su hermano, tuvieron cargo de los tesoros de la casa de Jehová.
Este Selomith y sus hermanos tenían cargo de todos los tesoros de todas las cosas santificadas, que había consagrado el rey David, y los príncipes de las familias, y los capitanes de millares y de cientos, y los jefes del ejército;
De los hijos de Phares fué él jefe de todos los capitanes de las compañías del primer mes.
Joab hijo de Sarvia había comenzado á contar, mas no acabó, pues por esto vino la ira sobre Israel: y así el número no fué puesto en el registro de las crónicas del rey David.
Y dió oro por peso para lo de oro, para todos los vasos de cada servicio: y plata por peso para todos los vasos, para todos los vasos de cada servicio.
También oro puro para los garfios y para las palanganas, y para los incensarios, y para los tazones de oro, para cada tazón por peso; y para los tazones de plata, por peso para cada tazón:
DESPUÉS dijo el rey David á toda la asamblea: A solo Salomón mi hijo ha elegido Dios; él es joven y tierno, y la obra grande; porque la casa no es para hombre, sino para Jehová Dios.
Y dieron para el servicio de la casa de Dios cinco mil talentos de oro y diez mil sueldos, y diez mil talentos de plata, y dieciocho mil talentos de metal, y cinco mil talentos de hierro.
Asimismo holgóse mucho el rey David, y bendijo á Jehová delante de toda la congregación; y dijo David: Bendito seas tú, oh Jehová, Dios de Israel nuestro padre, de uno á otro siglo.
Tuya es, oh Jehová, la magnificencia, y el poder, y la gloria, la victoria, y el honor; porque todas las cosas que están en los cielos y en la tierra son tuyas. Tuyo, oh Jehová, es el reino, y la altura sobre todos los que están por cabeza.
Ahora pues, Dios nuestro, nosotros te confesamos, y loamos tu glorioso nombre.
Oh Jehová Dios nuestro, toda esta abundancia que hemos aprestado para edificar casa á tu santo nombre, de tu mano es, y todo es tuyo.
Yo sé, Dios mío, que tú escudriñas los corazones, y que la rectitud te agrada: por eso yo con rectitud de mi corazón voluntariamente te he ofrecido todo esto, y ahora he visto con alegría que tu pueblo, que aquí se ha hallado ahora, ha dado para ti espontáneamente.
Y Jehová engrandeció en extremo á Salomón á los ojos de todo Israel, y dióle gloria del reino, cual ningún rey la tuvo antes de él en Israel.
Y el tiempo que reinó sobre Israel fué cuarenta años. Siete años reinó en Hebrón, y treinta y tres reinó en Jerusalem.
Con todo lo relativo á su reinado, y su poder, y los tiempos que pasaron sobre él, y sobre Israel, y sobre todos los reinos de aquellas tierras.
Y SALOMÓN hijo de David fué afirmado en su reino; y Jehová su Dios fué con él, y le engrandeció sobremanera.
Y aquella noche apareció Dios á Salomón, y díjole: Demanda lo que quisieres que yo te dé.
Y Salomón dijo á Dios: Tú has hecho con David mi padre grande misericordia, y á mí me has puesto por rey en lugar suyo.
Dame ahora sabiduría y ciencia, para salir y entrar delante de este pueblo: porque ¿quién podrá juzgar este tu pueblo tan grande?
Y la casa que tengo que edificar, ha de ser grande: porque el Dios nuestro es grande sobre todos los dioses.
Y además decía Hiram: Bendito sea Jehová el Dios de Israel, que hizo los cielos y la tierra, y que dió al rey David hijo sabio, entendido, cuerdo y prudente, que edifique casa á Jehová, y casa para su reino.
Y señaló de ellos setenta mil para llevar cargas, y ochenta mil que cortasen en el monte, y tres mil y seiscientos por sobrestantes para hacer trabajar al pueblo.
Y techó la casa mayor con madera de haya, la cual cubrió de buen oro, é hizo resaltar sobre ella palmas y cadenas.
Cubrió también la casa de piedras preciosas por excelencia: y el oro era oro de Parvaim.
Y tenía de grueso un palmo, y el borde era de la hechura del borde de un cáliz, ó flor de lis. Y hacía tres mil batos.
A más de esto hizo el atrio de los sacerdotes, y el gran atrio, y las portadas del atrio, y cubrió las puertas de ellas de bronce.
Mas á Jerusalem he elegido para que en ella esté mi nombre, y á David he elegido para que fuese sobre mi pueblo Israel.
Y en ella he puesto el arca, en la cual está el pacto de Jehová que concertó con los hijos de Israel.
Mas ¿es verdad que Dios ha de habitar con el hombre en la tierra? He aquí, los cielos y los cielos de los cielos no pueden contenerte: ¿cuánto menos esta casa que he edificado?
Y también al extranjero que no fuere de tu pueblo Israel, que hubiere venido de lejanas tierras á causa de tu grande nombre, y de tu mano fuerte, y de tu brazo extendido, si vinieren, y oraren en esta casa,
Si tu pueblo saliere á la guerra contra sus enemigos por el camino que tú los enviares, y oraren á ti hacia esta ciudad que tú elegiste, hacia la casa que he edificado á tu nombre,
Tú oirás desde los cielos su oración y su ruego, y ampararás su derecho.
Jehová Dios, no hagas volver el rostro de tu ungido: acuérdate de las misericordias de David tu siervo.
Yo confirmaré el trono de tu reino, como concerté con David tu padre, diciendo: No faltará varón de ti que domine en Israel.
Y ACONTECIÓ que al cabo de veinte años que Salomón había edificado la casa de Jehová y su casa,
Para que ofreciesen cada cosa en su día, conforme al mandamiento de Moisés, en los sábados, en las nuevas lunas, y en las solemnidades, tres veces en el año, á saber, en la fiesta de los panes ázimos, en la fiesta de las semanas, y en la fiesta de las cabañas.
Y dijo al rey: Verdad es lo que había oído en mi tierra de tus cosas y de tu sabiduría;
E hizo el rey de la madera de Algummim gradas en la casa de Jehová, y en las casas reales, y arpas y salterios para los cantores: nunca en tierra de Judá se había visto madera semejante.
Y el rey Salomón dió á la reina de Seba todo lo que ella quiso y le pidió, más de lo que había traído al rey. Después se volvió y fuése á su tierra con sus siervos.
Y como lo oyó Jeroboam hijo de Nabat, el cual estaba en Egipto, donde había huído á causa del rey Salomón, volvió de Egipto.
Entonces los mancebos que se habían criado con él, le hablaron, diciendo: Así dirás al pueblo que te ha hablado diciendo, Tu padre agravó nuestro yugo, mas tú descárganos: así les dirás: Lo más menudo mío es más grueso que los lomos de mi padre.
Mas reinó Roboam sobre los hijos de Israel que habitaban en las ciudades de Judá.
Envió luego el rey Roboam á Adoram, que tenía cargo de los tributos; pero le apedrearon los hijos de Israel, y murió. Entonces se esforzó el rey Roboam, y subiendo en un carro huyó á Jerusalem.
Así ha dicho Jehová: No subáis ni peleéis contra vuestros hermanos; vuélvase cada uno á su casa, porque yo he hecho este negocio. Y ellos oyeron la palabra de Jehová, y tornáronse, y no fueron contra Jeroboam.
Y edificó á Beth-lehem, y á Etham, y á Tecoa,
Y en todas las ciudades, escudos y lanzas. Fortificólas pues en gran manera, y Judá y Benjamín le estaban sujetos.
Así fortificaron el reino de Judá, y confirmaron á Roboam hijo de Salomón, por tres años; porque tres años anduvieron en el camino de David y de Salomón.
A LOS dieciocho años del rey Jeroboam, reinó Abías sobre Judá.
Y ahora vosotros tratáis de fortificaros contra el reino de Jehová en mano de los hijos de David, porque sois muchos, y tenéis con vosotros los becerros de oro que Jeroboam os hizo por dioses.
¿No echasteis vosotros á los sacerdotes de Jehová, á los hijos de Aarón, y á los Levitas, y os habéis hecho sacerdotes á la manera de los pueblos de otras tierras, para que cualquiera venga á consagrarse con un becerro y siete carneros, y así sea sacerdote de los que no son dioses?
Y he aquí Dios está con nosotros por cabeza, y sus sacerdotes con las trompetas del júbilo para que suenen contra vosotros. Oh hijos de Israel, no peleéis contra Jehová el Dios de vuestros padres, porque no os sucederá bien.
Y mandó á Judá que buscasen á Jehová el Dios de sus padres, y pusiesen por obra la ley y sus mandamientos.
Quitó asimismo de todas las ciudades de Judá los altos y las imágenes, y estuvo el reino quieto delante de él.
Y que cualquiera que no buscase á Jehová el Dios de Israel, muriese, grande ó pequeño, hombre ó mujer.
Y aun á Maachâ madre del rey Asa, él mismo la depuso de su dignidad, porque había hecho un ídolo en el bosque: y Asa deshizo su ídolo, y lo desmenuzó, y quemó en el torrente de Cedrón.
Y puso ejército en todas las ciudades fuertes de Judá, y colocó gente de guarnición, en tierra de Judá, y asimismo en las ciudades de Ephraim que su padre Asa había tomado.
Y este es el número de ellos según las casas de sus padres: en Judá, jefes de los millares: el general Adna, y con él trescientos mil hombres muy esforzados;
TENÍA pues Josaphat riquezas y gloria en abundancia, y trabó parentesco con Achâb.
Y dijo Achâb rey de Israel á Josaphat rey de Judá: ¿Quieres venir conmigo á Ramoth de Galaad? Y él respondió: Como yo, así también tú; y como tu pueblo, así también mi pueblo: iremos contigo á la guerra.
Entonces el rey de Israel juntó cuatrocientos profetas, y díjoles: ¿Iremos á la guerra contra Ramoth de Galaad, ó estaréme yo quieto? Y ellos dijeron: Sube, que Dios los entregará en mano del rey.
Mas Josaphat dijo: ¿Hay aún aquí algún profeta de Jehová, para que por él preguntemos?
Mas salió un espíritu, que se puso delante de Jehová, y dijo: Yo le induciré. Y Jehová le dijo: ¿De qué modo?
Entonces Sedechîas hijo de Chênaana se llegó á él, é hirió á Michêas en la mejilla, y dijo: ¿Por qué camino se apartó de mí el espíritu de Jehová para hablarte á ti?
Y salióle al encuentro Jehú el vidente, hijo de Hanani, y dijo al rey Josaphat: ¿Al impío das ayuda, y amas á los que aborrecen á Jehová? Pues la ira de la presencia de Jehová será sobre ti por ello.
Habitó pues Josaphat en Jerusalem; mas daba vuelta y salía al pueblo, desde Beer-seba hasta el monte de Ephraim, y reducíalos á Jehová el Dios de sus padres.
Y juntáronse los de Judá para pedir socorro á Jehová: y también de todas las ciudades de Judá vinieron á pedir á Jehová.
Dios nuestro, ¿no echaste tú los moradores de aquesta tierra delante de tu pueblo Israel, y la diste á la simiente de Abraham tu amigo para siempre?
Y como comenzaron con clamor y con alabanza, puso Jehová contra los hijos de Ammón, de Moab, y del monte de Seir, las emboscadas de ellos mismos que venían contra Judá, y matáronse los unos á los otros:
Pasadas estas cosas, Josaphat rey de Judá trabó amistad con Ochôzías rey de Israel, el cual fué dado á la impiedad:
Y todo el pueblo del país hizo alegrías: y la ciudad estuvo quieta, muerto que hubieron á Athalía á cuchillo.
E hicieron pregonar en Judá y en Jerusalem, que trajesen á Jehová la ofrenda que Moisés siervo de Dios había impuesto á Israel en el desierto.
Y desampararon la casa de Jehová el Dios de sus padres, y sirvieron á los bosques y á las imágenes esculpidas; y la ira vino sobre Judá y Jerusalem por este su pecado.
Mas no mató á los hijos de ellos, según lo que está escrito en la ley en el libro de Moisés, donde Jehová mandó, diciendo: No morirán los padres por los hijos, ni los hijos por los padres; mas cada uno morirá por su pecado.
Entonces Amasías apartó el escuadrón de la gente que había venido á él de Ephraim, para que se fuesen á sus casas: y ellos se enojaron grandemente contra Judá, y volviéronse á sus casas encolerizados.
Empero los del escuadrón que Amasías había despedido, porque no fuesen con él á la guerra, derramáronse sobre las ciudades de Judá, desde Samaria hasta Beth-oron, é hirieron de ellos tres mil, y tomaron un grande despojo.
Y hablándole el profeta estas cosas, él le respondió: ¿Hante puesto á ti por consejero del rey? Déjate de eso: ¿por qué quieres que te maten? Y al cesar, el profeta dijo luego: Yo sé que Dios ha acordado destruirte, porque has hecho esto, y no obedeciste á mi consejo.
Tú dices: He aquí he herido á Edom; y tu corazón se enaltece para gloriarte: ahora estáte en tu casa; ¿para qué te entrometes en mal, para caer tú y Judá contigo?
Y persistió en buscar á Dios en los días de Zachârías, entendido en visiones de Dios; y en estos días que él buscó á Jehová, él le prosperó.
E hizo en Jerusalem máquinas por industria de ingenieros, para que estuviesen en las torres y en los baluartes, para arrojar saetas y grandes piedras, y su fama se extendió lejos, porque se ayudó maravillosamente, hasta hacerse fuerte.
Lo demás de los hechos de Uzzías, primeros y postreros, escribiólo Isaías profeta, hijo de Amós.
Edificó él la puerta mayor de la casa de Jehová, y en el muro de la fortaleza edificó mucho.
Y ahora habéis determinado sujetar á vosotros á Judá y á Jerusalem por siervos y siervas: mas ¿no habéis vosotros pecado contra Jehová vuestro Dios?
Y dijéronles: No metáis acá la cautividad; porque el pecado contra Jehová será sobre nosotros. Vosotros tratáis de añadir sobre nuestros pecados y sobre nuestras culpas, siendo asaz grande nuestro delito, y la ira del furor sobre Israel.
Y vino contra él Tilgath-pilneser, rey de los Asirios: pues lo redujo á estrechez, y no lo fortificó.
Porque sacrificó á los dioses de Damasco que le habían herido, y dijo: Pues que los dioses de los reyes de Siria les ayudan, yo también sacrificaré á ellos para que me ayuden; bien que fueron éstos su ruina, y la de todo Israel.
Entonces los Levitas se levantaron, Mahath hijo de Amasai, y Joel hijo de Azarías, de los hijos de Coath; y de los hijos de Merari, Cis hijo de Abdi, y Azarías hijo de Jehaleleel; y de los hijos de Gersón, Joah hijo de Zimma, y Edén hijo de Joah;
Y de los hijos de Hemán, Jehiel y Simi; y de los hijos de Jeduthún, Semeías y Uzziel.
Y los Levitas estaban con los instrumentos de David, y los sacerdotes con trompetas.
Y las ofrendas fueron seiscientos bueyes, y tres mil ovejas.
Y determinaron hacer pasar pregón por todo Israel, desde Beer-seba hasta Dan, para que viniesen á celebrar la pascua á Jehová Dios de Israel, en Jerusalem: porque en mucho tiempo no la habían celebrado al modo que está escrito.
Porque si os volviereis á Jehová, vuestros hermanos y vuestros hijos hallarán misericordia delante de los que los tienen cautivos, y volverán á esta tierra: porque Jehová vuestro Dios es clemente y misericordioso, y no volverá de vosotros su rostro, si vosotros os volviereis á él.
Pasaron pues los correos de ciudad en ciudad por la tierra de Ephraim y Manasés, hasta Zabulón: mas se reían y burlaban de ellos.
Y juntóse en Jerusalem mucha gente para celebrar la solemnidad de los ázimos en el mes segundo; una vasta reunión.
Porque una gran multitud del pueblo de Ephraim y Manasés, y de Issachâr y Zabulón, no se habían purificado, y comieron la pascua no conforme á lo que está escrito. Mas Ezechîas oró por ellos, diciendo: Jehová, que es bueno, sea propicio á todo aquel que ha apercibido su corazón para buscar á Dios,
Y toda aquella multitud determinó que celebrasen otros siete días; y celebraron otros siete días con alegría.
Y como este edicto fué divulgado, los hijos de Israel dieron muchas primicias de grano, vino, aceite, miel, y de todos los frutos de la tierra: trajeron asimismo los diezmos de todas las cosas en abundancia.
Y metieron las primicias y diezmos y las cosas consagradas, fielmente; y dieron cargo de ello á Chônanías Levita, el principal, y Simi su hermano fué el segundo.
Y Jehiel, Azazías, Nahath, Asael, Jerimoth, Josabad, Eliel, Ismachîas, Mahaath, y Benaías, fueron sobrestantes bajo la mano de Chônanías y de Simi su hermano, por mandamiento del rey Ezechîas y de Azarías, príncipe de la casa de Dios.
Y Coré hijo de Imna Levita, portero al oriente, tenía cargo de las limosnas de Dios, y de las ofrendas de Jehová que se daban, y de todo lo que se santificaba.
Tuvo su consejo con sus príncipes y con sus valerosos, sobre cegar las fuentes de las aguas que estaban fuera de la ciudad; y ellos le apoyaron.
¿No os engaña Ezechîas para entregaros á muerte, á hambre, y á sed, diciendo: Jehová nuestro Dios nos librará de la mano del rey de Asiria?
Y otras cosas hablaron sus siervos contra el Dios Jehová, y contra su siervo Ezechîas.
Y clamaron á gran voz en judaico al pueblo de Jerusalem que estaba en los muros, para espantarlos y ponerles temor, para tomar la ciudad.
Este hizo lo recto en ojos de Jehová, y anduvo en los caminos de David su padre, sin apartarse á la diestra ni á la siniestra.
Los cuales vinieron á Hilcías, gran sacerdote, y dieron el dinero que había sido metido en la casa de Jehová, que los Levitas que guardaban la puerta habían recogido de mano de Manasés y de Ephraim y de todas las reliquias de Israel, y de todo Judá y Benjamín, habiéndose después vuelto á Jerusalem.
Daban asimismo á los oficiales y albañiles para que comprasen piedra de cantería, y madera para las trabazones, y para entabladura de las casas, las cuales habían destruído los reyes de Judá.
He aquí yo traigo mal sobre este lugar, y sobre los moradores de él, todas las maldiciones que están escritas en el libro que leyeron delante del rey de Judá:
Por cuanto me han dejado, y han sacrificado á dioses ajenos, provocándome á ira en todas las obras de sus manos; por tanto mi furor destilará sobre este lugar, y no se apagará.
Y JOSÍAS hizo pascua á Jehová en Jerusalem, y sacrificaron la pascua á los catorce del mes primero.
Apercibíos según las familias de vuestros padres, por vuestros órdenes, conforme á la prescripción de David rey de Israel, y de Salomón su hijo.
Esta pascua fué celebrada en el año dieciocho del rey Josías.
Y él le envió embajadores, diciendo: ¿Qué tenemos yo y tú, rey de Judá? Yo no vengo contra ti hoy, sino contra la casa que me hace guerra: y Dios dijo que me apresurase. Déjate de meterte con Dios, que es conmigo, no te destruya.
Y los archeros tiraron al rey Josías flechas; y dijo el rey á sus siervos: Quitadme de aquí, porque estoy herido gravemente.
Entonces sus siervos lo quitaron de aquel carro, y pusiéronle en otro segundo carro que tenía, y lleváronle á Jerusalem, y murió; y sepultáronle en los sepulcros de sus padres. Y todo Judá y Jerusalem hizo duelo por Josías.
De ocho años era Joachîn cuando comenzó á reinar, y reinó tres meses y diez días en Jerusalem: é hizo lo malo en ojos de Jehová.
Y también todos los príncipes de los sacerdotes, y el pueblo, aumentaron la prevaricación, siguiendo todas las abominaciones de las gentes, y contaminando la casa de Jehová, la cual él había santificado en Jerusalem.
Por lo cual trajo contra ellos al rey de los Caldeos, que mató á cuchillo sus mancebos en la casa de su santuario, sin perdonar joven, ni doncella, ni viejo, ni decrépito; todos los entregó en sus manos.
Asimismo todos los vasos de la casa de Dios, grandes y chicos, los tesoros de la casa de Jehová, y los tesoros del rey y de sus príncipes, todo lo llevó á Babilonia.
Así dice Ciro rey de los Persas: Jehová, el Dios de los cielos, me ha dado todos los reinos de la tierra; y él me ha encargado que le edifique casa en Jerusalem, que es en Judá. ¿Quién de vosotros hay de todo su pueblo? Jehová su Dios sea con él, y suba.
Los hijos de Adin, cuatrocientos cincuenta y cuatro;
Los hijos de Giddel, los hijos de Gaher, los hijos de Reaía;
Según sus fuerzas dieron al tesorero de la obra sesenta y un mil dracmas de oro, y cinco mil libras de plata, y cien túnicas sacerdotales.
Para que busque en el libro de las historias de nuestros padres; y hallarás en el libro de las historias, y sabrás que esta ciudad es ciudad rebelde, y perjudicial á los reyes y á las provincias, y que de tiempo antiguo forman en medio de ella rebeliones; por lo que esta ciudad fué destruída.
La carta que nos enviasteis claramente fué leída delante de mí.
Y que reyes fuertes hubo en Jerusalem, quienes señorearon en todo lo que está á la parte allá del río; y que tributo, y pecho, y rentas se les daba.
Entonces les dijimos en orden á esto cuáles eran los nombres de los varones que edificaban este edificio.
Mas los ojos de su Dios fueron sobre los ancianos de los Judíos, y no les hicieron cesar hasta que el negocio viniese á Darío: y entonces respondieron por carta sobre esto.
Los órdenes, tres de piedra de mármol, y un orden de madera nueva: y que el gasto sea dado de la casa del rey.
Entonces Tatnai, gobernador del otro lado del río, y Sethar-boznai, y sus compañeros, hicieron prestamente según el rey Darío había enviado.
Y ofrecieron en la dedicación de esta casa de Dios cien becerros, doscientos carneros, cuatrocientos corderos; y machos de cabrío en expiación por todo Israel, doce, conforme al número de las tribus de Israel.
Y pusieron á los sacerdotes en sus clases, y á los Levitas en sus divisiones, sobre la obra de Dios que está en Jerusalem, conforme á lo escrito en el libro de Moisés.
Hijo de Amarías, hijo de Azarías, hijo de Meraioth,
Y este es el traslado de la carta que dió el rey Artajerjes á Esdras, sacerdote escriba, escriba de las palabras mandadas de Jehová, y de sus estatutos á Israel:
Y por mí el rey Artajerjes es dado mandamiento á todos los tesoreros que están al otro lado del río, que todo lo que os demandare Esdras sacerdote, escriba de la ley del Dios del cielo, concédase le luego,
De los hijos de Elam, Isaía, hijo de Athalías, y con él setenta varones;
Y juntélos junto al río que viene á Ahava, y reposamos allí tres días: y habiendo buscado entre el pueblo y entre los sacerdotes, no hallé allí de los hijos de Leví.
Ahora pues, no daréis vuestras hijas á los hijos de ellos, ni sus hijas tomaréis para vuestros hijos, ni procuraréis su paz ni su bien para siempre; para que seáis corroborados, y comáis el bien de la tierra, y la dejéis por heredad á vuestros hijos para siempre.
E hicieron pasar pregón por Judá y por Jerusalem á todos los hijos de la transmigración, que se juntasen en Jerusalem:
Mathanías, Mathenai, y Jaasai,
Machnadbai, Sasai, Sarai,
Azareel, y Selamías, Semarías,
Que vino Hanani, uno de mis hermanos, él y ciertos varones de Judá, y preguntéles por los Judíos que habían escapado, que habían quedado de la cautividad, y por Jerusalem.
Y dije: Ruégote, oh Jehová, Dios de los cielos, fuerte, grande, y terrible, que guarda el pacto y la misericordia á los que le aman y guardan sus mandamientos;
Ruégote, oh Jehová, esté ahora atento tu oído á la oración de tu siervo, y á la oración de tus siervos, quienes desean temer tu nombre: y ahora concede hoy próspero suceso á tu siervo, y dale gracia delante de aquel varón. Porque yo servía de copero al rey.
Y FUÉ en el mes de Nisán, en el año veinte del rey Artajerjes, que estando ya el vino delante de él, tomé el vino, y dílo al rey. Y como yo no había estado antes triste en su presencia,
Además dije al rey: Si al rey place, dénseme cartas para los gobernadores de la otra parte del río, que me franqueen el paso hasta que llegue á Judá;
Y carta para Asaph, guarda del bosque del rey, á fin que me dé madera para enmaderar los portales del palacio de la casa, y para el muro de la ciudad, y la casa donde entraré. Y otorgóme lo el rey, según la benéfica mano de Jehová sobre mí.
Y salí de noche por la puerta del Valle hacia la fuente del Dragón y á la puerta del Muladar; y consideré los muros de Jerusalem que estaban derribados, y sus puertas que estaban consumidas del fuego.
Díjeles pues: Vosotros veis el mal en que estamos, que Jerusalem está desierta, y sus puertas consumidas del fuego: venid, y edifiquemos el muro de Jerusalem, y no seamos más en oprobio.
Malchîas hijo de Harim y Hasub hijo de Pahath-moab, restauraron la otra medida, y la torre de los Hornos.
Y Sallum hijo de Chôl-hoce, príncipe de la región de Mizpa, restauró la puerta de la Fuente: él la reedificó, y la enmaderó, y levantó sus puertas, sus cerraduras y sus cerrojos, y el muro del estanque de Selah hacia la huerta del rey, y hasta las gradas que descienden de la ciudad de David.
Después de él se enfervorizó á restaurar Baruch hijo de Zachâi la otra medida, desde la esquina hasta la puerta de la casa de Eliasib gran sacerdote.
Tras él restauró Meremoth hijo de Urías hijo de Cos la otra medida, desde la entrada de la casa de Eliasib, hasta el cabo de la casa de Eliasib.
Paal hijo de Uzai, enfrente de la esquina y la torre alta que sale de la casa del rey, que está en el patio de la cárcel. Después de él, Pedaía hijo de Pharos.
Después de ellos restauró Sadoc hijo de Immer, enfrente de su casa: y después de él restauró Semaías hijo de Sechânías, guarda de la puerta oriental.
Y estaba junto á él Tobías Ammonita, el cual dijo: Aun lo que ellos edifican, si subiere una zorra derribará su muro de piedra.
Sucedió empero, que como vinieron los Judíos que habitaban entre ellos, nos dieron aviso diez veces de todos los lugares de donde volvían á nosotros.
Después miré, y levantéme, y dije á los principales y á los magistrados, y al resto del pueblo: No temáis delante de ellos: acordaos del Señor grande y terrible, y pelead por vuestros hermanos, por vuestros hijos y por vuestras hijas, por vuestras mujeres y por vuestras casas.
Nosotros pues trabajábamos en la obra; y la mitad de ellos tenían lanzas desde la subida del alba hasta salir las estrellas.
Y enojéme en gran manera cuando oí su clamor y estas palabras.
Y enviaron á mí con el mismo asunto por cuatro veces, y yo les respondí de la misma manera.
En la cual estaba escrito: Hase oído entre las gentes, y Gasmu lo dice, que tú y los Judíos pensáis rebelaros; y que por eso edificas tú el muro, con la mira, según estas palabras, de ser tú su rey;
Y que has puesto profetas que prediquen de ti en Jerusalem, diciendo: ¡Rey en Judá! Y ahora serán oídas del rey las tales palabras: ven por tanto, y consultemos juntos.
Y la ciudad era espaciosa y grande, pero poco pueblo dentro de ella, y no había casas reedificadas.
Los hijos de Ara, seiscientos cincuenta y dos;
Los hijos de Hariph, ciento doce;
Los varones de Rama y de Gebaa, seiscientos veintiuno;
Los hijos de Jericó, trescientos cuarenta y cinco;
Los hijos de Rehaía, los hijos de Resín, los hijos de Necoda,
Los hijos de Gazzam, los hijos de Uzza, los hijos de Phasea,
Los hijos de Baslith, los hijos de Mehida, los hijos de Harsa,
Los hijos de Delaía, los hijos de Tobías, los hijos de Necoda, seiscientos cuarenta y dos.
Y díjoles el Tirsatha que no comiesen de las cosas más santas, hasta que hubiese sacerdote con Urim y Thummim.
Y que hiciesen saber, y pasar pregón por todas sus ciudades y por Jerusalem, diciendo: Salid al monte, y traed ramos de oliva, y ramos de pino, y ramos de arrayán, y ramos de palmas, y ramos de todo árbol espeso, para hacer cabañas como está escrito.
Y no quisieron oir, ni se acordaron de tus maravillas que habías hecho con ellos; antes endurecieron su cerviz, y en su rebelión pensaron poner caudillo para volverse á su servidumbre. Tú empero, eres Dios de perdones, clemente y piadoso, tardo para la ira, y de mucha misericordia, que no los dejaste.
A causa pues de todo eso nosotros hacemos fiel alianza, y la escribimos, signada de nuestros príncipes, de nuestros Levitas, y de nuestros sacerdotes.
Bunni, Azgad, Bebai,
Lohes, Pilha, Sobec,
Impusímonos además por ley el cargo de contribuir cada año con la tercera parte de un siclo, para la obra de la casa de nuestro Dios;
Seraías hijo de Hilcías, hijo de Mesullam, hijo de Sadoc, hijo de Meraioth, hijo de Ahitub, príncipe de la casa de Dios,
Y sus hermanos, hombres de grande vigor, ciento veintiocho: jefe de los cuales era Zabdiel, hijo de Gedolim.
Y Joiada engendró á Jonathán, y Jonathán engendró á Jaddua.
Y en los días de Joiacim los sacerdotes cabezas de familias fueron: de Seraías, Meraías; de Jeremías, Hananías;
De Abías, Zichri; de Miniamín, de Moadías, Piltai;
Hice luego subir á los príncipes de Judá sobre el muro, y puse dos coros grandes que fueron en procesión: el uno á la mano derecha sobre el muro hacia la puerta del Muladar.
Y el segundo coro iba del lado opuesto, y yo en pos de él, con la mitad del pueblo sobre el muro, desde la torre de los Hornos hasta el muro ancho;
Y desde la puerta de Ephraim hasta la puerta vieja, y á la puerta del Pescado, y la torre de Hananeel, y la torre de Hamath, hasta la puerta de las Ovejas: y pararon en la puerta de la Cárcel.
Pararon luego los dos coros en la casa de Dios; y yo, y la mitad de los magistrados conmigo;
Y todo Israel en días de Zorobabel, y en días de Nehemías, daba raciones á los cantores y á los porteros, cada cosa en su día: consagraban asimismo sus porciones á los Levitas, y los Levitas consagraban parte á los hijos de Aarón.
Y dije que limpiasen las cámaras, é hice volver allí las alhajas de la casa de Dios, las ofrendas y el perfume.
Entendí asimismo que las partes de los Levitas no se les habían dado; y que los Levitas y cantores que hacían el servicio se habían huído cada uno á su heredad.
En aquellos días ví en Judá algunos que pisaban en lagares el sábado, y que acarreaban haces, y cargaban asnos con vino, y también de uvas, de higos, y toda suerte de carga, y traían á Jerusalem en día de sábado; y protesté les acerca del día que vendían el mantenimiento.
Y quedáronse fuera de Jerusalem una y dos veces los negociantes, y los que vendían toda especie de mercancía.
Ví asimismo en aquellos días Judíos que habían tomado mujeres de Asdod, Ammonitas, y Moabitas:
Que en aquellos días, asentado que fué el rey Assuero en la silla de su reino, la cual estaba en Susán capital del reino,
Que trajesen á la reina Vasthi delante del rey con la corona regia, para mostrar á los pueblos y á los príncipes su hermosura; porque era linda de aspecto.
Y la moza que agradare á los ojos del rey, reine en lugar de Vasthi. Y la cosa plugo en ojos del rey, é hízolo así.
Ella venía á la tarde, y á la mañana se volvía á la casa segunda de las mujeres, al cargo de Saasgaz eunuco del rey, guarda de las concubinas: no venía más al rey, salvo si el rey la quería, y era llamada por nombre.
Mas entendido que fué esto por Mardochêo, él lo denunció á la reina Esther, y Esther lo dijo al rey en nombre de Mardochêo.
En el mes primero, que es el mes de Nisán, en el año duodécimo del rey Assuero, fué echada Pur, esto es, la suerte, delante de Amán, de día en día y de mes en mes; y salió el mes duodécimo, que es el mes de Adar.
Y dijo Amán al rey Assuero: Hay un pueblo esparcido y dividido entre los pueblos en todas las provincias de tu reino, y sus leyes son diferentes de las de todo pueblo, y no observan las leyes del rey; y al rey no viene provecho de dejarlos.
Si place al rey, escríbase que sean destruídos; y yo pesaré diez mil talentos de plata en manos de los que manejan la hacienda, para que sean traídos á los tesoros del rey.
Y vinieron las doncellas de Esther y sus eunucos, y dijéronselo: y la reina tuvo gran dolor, y envió vestidos para hacer vestir á Mardochêo, y hacerle quitar el saco de sobre él; mas él no los recibió.
Entonces Esther llamó á Atach, uno de los eunucos del rey, que él había hecho estar delante de ella, y mandólo á Mardochêo, con orden de saber qué era aquello, y por qué.
Dióle también la copia de la escritura del decreto que había sido dado en Susán para que fuesen destruídos, á fin de que la mostrara á Esther y se lo declarase, y le encargara que fuese al rey á suplicarle, y á pedir delante de él por su pueblo.
Y vino Atach, y contó á Esther las palabras de Mardochêo.
Y Esther dijo que respondiesen á Mardochêo:
Y fué que, como vió á la reina Esther que estaba en el patio, ella obtuvo gracia en sus ojos; y el rey extendió á Esther el cetro de oro que tenía en la mano. Entonces se llegó Esther, y tocó la punta del cetro.
Entonces dijo el rey: ¿Quién está en el patio? Y Amán había venido al patio de afuera de la casa del rey, para decir al rey que hiciese colgar á Mardochêo en la horca que él le tenía preparada.
Y respondió Amán al rey: Al varón cuya honra desea el rey,
Y Esther dijo: El enemigo y adversario es este malvado Amán. Entonces se turbó Amán delante del rey y de la reina.
E hirieron los Judíos á todos sus enemigos con plaga de espada, y de mortandad, y de perdición; é hicieron en sus enemigos á su voluntad.
Y respondió Esther: Si place al rey, concédase también mañana á los Judíos en Susán, que hagan conforme á la ley de hoy; y que cuelguen en la horca á los diez hijos de Amán.
En cuanto á los otros Judíos que estaban en las provincias del rey, también se juntaron y pusiéronse en defensa de su vida, y tuvieron reposo de sus enemigos, y mataron de sus contrarios setenta y cinco mil; mas en la presa no metieron su mano.
Y escribió Mardochêo estas cosas, y envió letras á todos los Judíos que estaban en todas las provincias del rey Assuero, cercanos y distantes,
Ordenándoles que celebrasen el día décimocuarto del mes de Adar, y el décimoquinto del mismo, cada un año,
Mas como Esther vino á la presencia del rey, él intimó por carta: El perverso designio que aquél trazó contra los Judíos, recaiga sobre su cabeza; y cuélguenlo á él y á sus hijos en la horca.
Para confirmar estos días de Purim en sus tiempos señalados, según les había constituído Mardochêo Judío y la reina Esther, y como habían ellos tomado sobre sí y sobre su simiente, para conmemorar el fin de los ayunos y de su clamor.
Acometieron los Sabeos, y tomáronlos, é hirieron á los mozos á filo de espada: solamente escapé yo para traerte las nuevas.
Y dijo Jehová á Satán: ¿De dónde vienes? Respondió Satán á Jehová, y dijo: De rodear la tierra, y de andar por ella.
Y Jehová dijo á Satán: He aquí, él está en tu mano; mas guarda su vida.
Oscurézcanse las estrellas de su alba; espere la luz, y no venga, ni vea los párpados de la mañana:
¿Por qué no morí yo desde la matriz, o fuí traspasado en saliendo del vientre?
Pues que ahora yaciera yo, y reposara; durmiera, y entonces tuviera reposo,
¿Por qué al hombre que no sabe por donde vaya, y al cual Dios ha encerrado?
No he tenido paz, no me aseguré, ni me estuve reposado; vínome no obstante turbación.
Y RESPONDIÓ Eliphaz el Temanita, y dijo:
Si probáremos á hablarte, serte ha molesto; mas ¿quién podrá detener las palabras?
Es cierto que al necio la ira lo mata, y al codicioso consume la envidia.
Su mies comerán los hambrientos, y sacaránla de entre las espinas, y los sedientos beberán su hacienda.
¡Oh si pesasen al justo mi queja y mi tormento, y se alzasen igualmente en balanza!
Y que pluguiera á Dios quebrantarme; que soltara su mano, y me deshiciera!
¿Es mi fortaleza la de las piedras? ¿ó mi carne, es de acero?
CIERTAMENTE tiempo limitado tiene el hombre sobre la tierra, y sus días son como los días del jornalero.
Mi carne está vestida de gusanos, y de costras de polvo; mi piel hendida y abominable.
Aburríme: no he de vivir yo para siempre; déjame, pues que mis días son vanidad.
Y lo visites todas las mañanas, y todos los momentos lo pruebes?
Pequé, ¿qué te haré, oh Guarda de los hombres? ¿por qué me has puesto contrario á ti, y que á mí mismo sea pesado?
¿Y por qué no quitas mi rebelión, y perdonas mi iniquidad? porque ahora dormiré en el polvo, y si me buscares de mañana, ya no seré.
Vanse entretejiendo sus raíces junto á una fuente, y enlazándose hasta un lugar pedregoso.
Los que te aborrecen, serán vestidos de confusión; y la habitación de los impíos perecerá.
Que manda al sol, y no sale; y sella las estrellas:
Dios no tornará atrás su ira, y debajo de él se encorvan los que ayudan á los soberbios.
Una cosa resta que yo diga: Al perfecto y al impío él los consume.
La tierra es entregada en manos de los impíos, y él cubre el rostro de sus jueces. Si no es él, ¿quién es? ¿dónde está?
Porque no es hombre como yo, para que yo le responda, y vengamos juntamente á juicio.
¿Tienes tú ojos de carne? ¿ves tú como ve el hombre?
Acuérdate ahora que como á lodo me diste forma: ¿y en polvo me has de tornar?
Si pequé, tú me has observado, y no me limpias de mi iniquidad.
Y subirá de punto, pues me cazas como á león, y tornas á hacer en mí maravillas.
Antes que vaya para no volver, á la tierra de tinieblas y de sombra de muerte;
Si cortare, ó encerrare, ó juntare, ¿quién podrá contrarrestarle?
El hombre vano se hará entendido, aunque nazca como el pollino del asno montés.
Y olvidarás tu trabajo, ó te acordarás de él como de aguas que pasaron:
Prosperan las tiendas de los ladrones, y los que provocan á Dios viven seguros; en cuyas manos él ha puesto cuanto tienen.
¿Qué cosa de todas estas no entiende que la mano de Jehová la hizo?
He aquí, él detendrá las aguas, y se secarán; él las enviará, y destruirán la tierra.
El descubre las profundidades de las tinieblas, y saca á luz la sombra de muerte.
¿Sería bueno que él os escudriñase? ¿os burlaréis de él como quien se burla de algún hombre?
Aparta de mí tu mano, y no me asombre tu terror.
¿A la hoja arrebatada has de quebrantar? ¿y á una arista seca has de perseguir?
Sus hijos serán honrados, y él no lo sabrá; ó serán humillados, y no entenderá de ellos.
Si hablo, mi dolor no cesa; y si dejo de hablar, no se aparta de mí.
Hame entregado Dios al mentiroso, y en las manos de los impíos me hizo estremecer
Próspero estaba, y desmenuzóme: y arrebatóme por la cerviz, y despedazóme, y púsome por blanco suyo.
Los rectos se maravillarán de esto, y el inocente se levantará contra el hipócrita.
A los rincones de la huesa descenderán, y juntamente descansarán en el polvo.
¿Cuándo pondréis fin á las palabras? Entended, y después hablemos.
¿Por qué somos tenidos por bestias, y en vuestros ojos somos viles?
La luz se oscurecerá en su tienda, y apagaráse sobre él su lámpara.
Los pasos de su pujanza serán acortados, y precipitarálo su mismo consejo.
Abajo se secarán sus raíces, y arriba serán cortadas sus ramas.
Mas si vosotros os engrandeciereis contra mí, y adujereis contra mí mi oprobio,
He aquí yo clamaré agravio, y no seré oído: daré voces, y no habrá juicio.
Cercó de vallado mi camino, y no pasaré; y sobre mis veredas puso tinieblas.
Oh vosotros mis amigos, tened compasión de mí, tened compasión de mí; porque la mano de Dios me ha tocado.
Temed vosotros delante de la espada; porque sobreviene el furor de la espada á causa de las injusticias, para que sepáis que hay un juicio.
Si subiere su altivez hasta el cielo, y su cabeza tocare en las nubes,
Devoró riquezas, mas vomitarálas; de su vientre las sacará Dios.
Por tanto, no sentirá él sosiego en su vientre, ni salvará nada de lo que codiciaba.
Aun yo mismo, cuando me acuerdo, me asombro, y toma temblor mi carne.
Dicen pues á Dios: Apártate de nosotros, que no queremos el conocimiento de tus caminos.
¿Quién es el Todopoderoso, para que le sirvamos? ¿y de qué nos aprovechará que oremos á él?
Este morirá en el vigor de su hermosura, todo quieto y pacífico.
Y estotro morirá en amargura de ánimo, y no habiendo comido jamás con gusto.
He aquí, yo conozco vuestros pensamientos, y las imaginaciones que contra mí forjáis.
Que el malo es reservado para el día de la destrucción? Presentados serán en el día de las iras.
¿Tiene su contentamiento el Omnipotente en que tú seas justificado, ó provecho de que tú hagas perfectos tus caminos?
Por tanto hay lazos alrededor de ti, y te turba espanto repentino;
Las nubes son su escondedero, y no ve; y por el circuito del cielo se pasea.
¿Quieres tú guardar la senda antigua, que pisaron los hombres perversos?
Fué cortada nuestra sustancia, habiendo consumido el fuego el resto de ellos.
Cuando fueren abatidos, dirás tú: Ensalzamiento habrá: y Dios salvará al humilde de ojos.
¡Quién me diera el saber dónde hallar á Dios! yo iría hasta su silla.
Ordenaría juicio delante de él, y henchiría mi boca de argumentos.
Mis pies tomaron su rastro; guardé su camino, y no me aparté.
Del mandamiento de sus labios nunca me separé; guardé las palabras de su boca más que mi comida.
¿Por qué no fuí yo cortado delante de las tinieblas, y cubrió con oscuridad mi rostro?
Hacen apartar del camino á los menesterosos: y todos los pobres de la tierra se esconden.
De dentro de sus paredes exprimen el aceite, pisan los lagares, y mueren de sed.
A la luz se levanta el matador, mata al pobre y al necesitado, y de noche es como ladrón.
A la mujer estéril que no paría, afligió; y á la viuda nunca hizo bien.
Le dieron á crédito, y se afirmó: sus ojos están sobre los caminos de ellos.
El señorío y el temor están con él: él hace paz en sus alturas.
Y RESPONDIÓ Job, y dijo:
Extiende el aquilón sobre vacío, cuelga la tierra sobre nada.
Ata las aguas en sus nubes, y las nubes no se rompen debajo de ellas.
El restriñe la faz de su trono, y sobre él extiende su nube.
No se igualará con ella esmeralda de Ethiopía; no se podrá apreciar con oro fino.
Porque encubierta está á los ojos de todo viviente, y á toda ave del cielo es oculta.
Dios entiende el camino de ella, y él conoce su lugar.
Al dar peso al viento, y poner las aguas por medida;
Cuando él hizo ley á la lluvia, y camino al relámpago de los truenos;
Cuando salía á la puerta á juicio, y en la plaza hacía preparar mi asiento,
La voz de los principales se ocultaba, y su lengua se pegaba á su paladar:
Porque libraba al pobre que gritaba, y al huérfano que carecía de ayudador.
Yo era ojos al ciego, y pies al cojo.
A los menesterosos era padre; y de la causa que no entendía, me informaba con diligencia:
Y quebraba los colmillos del inicuo, y de sus dientes hacía soltar la presa.
Calificaba yo el camino de ellos, y sentábame en cabecera; y moraba como rey en el ejército, como el que consuela llorosos.
Que cogían malvas entre los arbustos, y raíces de enebro para calentarse.
Levantásteme, é hicísteme cabalgar sobre el viento, y disolviste mi sustancia.
Porque yo conozco que me reduces á la muerte; y á la casa determinada á todo viviente.
Péseme Dios en balanzas de justicia, y conocerá mi integridad.
Si me alegré en el quebrantamiento del que me aborrecía, y me regocijé cuando le halló el mal;
Hablaré pues y respiraré; abriré mis labios, y responderé.
Si pudieres, respóndeme; dispón tus palabras, está delante de mí.
Enterneceráse su carne más que de niño, volverá á los días de su mocedad.
Que si tuvieres razones, respóndeme: habla, porque yo te quiero justificar.
Oid, sabios, mis palabras; y vosotros, doctos, estadme atentos.
¿Qué hombre hay como Job, que bebe el escarnio como agua?
¿Enseñorearáse el que aborrece juicio? ¿y condenarás tú al que es tan justo?
No carga pues él al hombre más de lo justo, para que vaya con Dios á juicio.
¿Ha de ser eso según tu mente? El te retribuirá, ora rehuses, ora aceptes, y no yo: di si no, lo que tú sabes.
Yo te responderé razones, y á tus compañeros contigo.
Mira á los cielos, y ve, y considera que las nubes son más altas que tú.
Fallecerá el alma de ellos en su mocedad, y su vida entre los sodomitas.
Guárdate, no tornes á la iniquidad; pues ésta escogiste más bien que la aflicción.
He aquí, Dios es grande, y nosotros no le conocemos; ni se puede rastrear el número de sus años.
Oid atentamente su voz terrible, y el sonido que sale de su boca.
Así hace retirarse á todo hombre, para que los hombres todos reconozcan su obra.
¿Extendiste tú con él los cielos, firmes como un espejo sólido?
¿Has entrado tú hasta los profundos de la mar, y has andado escudriñando el abismo?
Lo oculto de los montes es su pasto, y anda buscando todo lo que está verde.
Y olvídase de que los pisará el pie, y que los quebrará bestia del campo.
Contra él suena la aljaba, el hierro de la lanza y de la pica:
Y él con ímpetu y furor escarba la tierra, sin importarle el sonido de la bocina;
Mira á todo soberbio, y humíllalo, y quebranta á los impíos en su asiento.
Nadie hay tan osado que lo despierte: ¿quién pues podrá estar delante de mí?
¿Quién abrirá las puertas de su rostro? Los órdenes de sus dientes espantan.
La gloria de su vestido son escudos fuertes, cerrados entre sí estrechamente.
En su cerviz mora la fortaleza, y espárcese el desaliento delante de él.
Cuando alguno lo alcanzare, ni espada, ni lanza, ni dardo, ni coselete durará.
Hace hervir como una olla la profunda mar, y tórnala como una olla de ungüento.
Y RESPONDIÓ Job á Jehová, y dijo:
Y bendijo Jehová la postrimería de Job más que su principio; porque tuvo catorce mil ovejas, y seis mil camellos, y mil yuntas de bueyes, y mil asnas.
Y llamó el nombre de la una, Jemimah, y el nombre de la segunda, Cesiah, y el nombre de la tercera, Keren-happuch.
Y después de esto vivió Job ciento y cuarenta años, y vió á sus hijos, y á los hijos de sus hijos, hasta la cuarta generación.
BIENAVENTURADO el varón que no anduvo en consejo de malos, ni estuvo en camino de pecadores, ni en silla de escarnecedores se ha sentado;
Besad al Hijo, porque no se enoje, y perezcáis en el camino, cuando se encendiere un poco su furor. Bienaventurados todos los que en él confían.
Muchos dicen de mi vida: No hay para él salud en Dios. (Selah.)
Hijos de los hombres, ¿hasta cuándo volveréis mi honra en infamia, amaréis la vanidad, y buscaréis la mentira? (Selah.)
Sabed pues, que Jehová hizo apartar al pío para sí: Jehová oirá cuando yo á él clamare.
En paz me acostaré, y asimismo dormiré; porque solo tú, Jehová, me harás estar confiado.
Y yo en la multitud de tu misericordia entraré en tu casa: adoraré hacia el templo de tu santidad en tu temor.
Y alegrarse han todos los que en ti confían; para siempre darán voces de júbilo, porque tú los defiendes: y en ti se regocijarán los que aman tu nombre.
Porque tú, oh Jehová, bendecirás al justo; lo cercarás de benevolencia como con un escudo.
Consúmase ahora la malicia de los inicuos, y establece al justo; pues el Dios justo prueba los corazones y los riñones.
Alegraréme y regocijaréme en ti: cantaré á tu nombre, oh Altísimo;
Mas Jehová permanecerá para siempre: dispuesto ha su trono para juicio.
Ten misericordia de mí, Jehová: mira mi aflicción que padezco de los que me aborrecen, tú que me levantas de las puertas de la muerte;
Con arrogancia el malo persigue al pobre: serán cogidos en los artificios que han ideado.
El malo, por la altivez de su rostro, no busca á Dios: no hay Dios en todos sus pensamientos.
Acecha en oculto, como el león desde su cama: acecha para arrebatar al pobre: arrebata al pobre trayéndolo á su red.
Jehová, Rey eterno y perpetuo; de su tierra fueron destruídas las gentes.
Porque he aquí, los malos flecharon el arco, apercibieron sus saetas sobre la cuerda, para asaetear en oculto á los rectos de corazón.
Si fueren destruídos los fundamentos, ¿qué ha de hacer el justo?
Al Músico principal: sobre Seminith: Salmo de David. SALVA, oh Jehová, porque se acabaron los misericordiosos: porque se han acabado los fieles de entre los hijos de los hombres.
Destruirá Jehová todos los labios lisonjeros, la lengua que habla grandezas;
Las palabras de Jehová, palabras limpias; plata refinada en horno de tierra, purificada siete veces.
¿Hasta cuándo pondré consejos en mi alma, con ansiedad en mi corazón cada día? ¿Hasta cuándo será enaltecido mi enemigo sobre mí?
Cantaré á Jehová, porque me ha hecho bien.
Jehová miró desde los cielos sobre los hijos de los hombres, por ver si había algún entendido, que buscara á Dios.
¿No tendrán conocimiento todos los que obran iniquidad, que devoran á mi pueblo como si pan comiesen, y á Jehová no invocaron?
Salmo de David. JEHOVÁ, ¿quién habitará en tu tabernáculo? ¿quién residirá en el monte de tu santidad?
Aquel á cuyos ojos es menospreciado el vil; mas honra á los que temen á Jehová: y habiendo jurado en daño suyo, no por eso muda.
Las cuerdas me cayeron en lugares deleitosos, y es hermosa la heredad que me ha tocado.
Alegróse por tanto mi corazón, y se gozó mi gloria: también mi carne reposará segura.
Oración de David. OYE, oh Jehová, justicia; está atento á mi clamor; escucha mi oración hecha sin labios de engaño.
Para las obras humanas, por la palabra de tus labios yo me he guardado de las vías del destructor.
Levántate, oh Jehová; prevén su encuentro, póstrale: libra mi alma del malo con tu espada;
Libróme de mi poderoso enemigo, y de los que me aborrecían, aunque eran ellos más fuertes que yo.
Porque yo he guardado los caminos de Jehová, y no me aparté impíamente de mi Dios.
Y fuí íntegro para con él, y cauteléme de mi maldad.
Limpio te mostrarás para con el limpio, y severo serás para con el perverso.
Dios, perfecto su camino: es acendrada la palabra de Jehová: escudo es á todos los que en él esperan.
Porque ¿qué Dios hay fuera de Jehová? ¿y qué fuerte fuera de nuestro Dios?
Dísteme asimismo el escudo de tu salud: y tu diestra me sustentó, y tu benignidad me ha acrecentado.
Pues me ceñiste de fortaleza para la pelea; has agobiado mis enemigos debajo de mí.
Clamaron, y no hubo quien salvase: aun á Jehová, mas no los oyó.
Los extraños flaquearon, y tuvieron miedo desde sus encerramientos.
Mi libertador de mis enemigos: hicísteme también superior de mis adversarios; librásteme de varón violento.
El cual engrandece las saludes de su rey, y hace misericordia á su ungido, á David y á su simiente, para siempre.
No hay dicho, ni palabras, ni es oída su voz.
La ley de Jehová es perfecta, que vuelve el alma: el testimonio de Jehová, fiel, que hace sabio al pequeño.
Detén asimismo á tu siervo de las soberbias; que no se enseñoreen de mí: entonces seré íntegro, y estaré limpio de gran rebelión.
Pues le has salido al encuentro con bendiciones de bien: corona de oro fino has puesto sobre su cabeza.
Ponerlos has como horno de fuego en el tiempo de tu ira: Jehová los deshará en su furor, y fuego los consumirá.
Pues tú los pondrás en fuga, cuando aparejares en tus cuerdas las saetas contra sus rostros.
Ensálzate, oh Jehová, con tu fortaleza: cantaremos y alabaremos tu poderío.
No te alejes de mí, porque la angustia está cerca; porque no hay quien ayude.
Abrieron sobre mí su boca, como león rapante y rugiente.
Acordarse han, y volveránse á Jehová todos los términos de la tierra; y se humillarán delante de ti todas las familias de las gentes.
La posteridad le servirá; será ella contada por una generación de Jehová.
Muéstrame, oh Jehová, tus caminos; enséñame tus sendas.
Mírame, y ten misericordia de mí; porque estoy solo y afligido.
Mira mis enemigos, que se han multiplicado, y con odio violento me aborrecen.
Integridad y rectitud me guarden; porque en ti he esperado.
Jehová, la habitación de tu casa he amado, y el lugar del tabernáculo de tu gloria.
No juntes con los pecadores mi alma, ni con los hombres de sangres mi vida:
Oye, oh Jehová, mi voz con que á ti clamo; y ten misericordia de mí, respóndeme.
No me entregues á la voluntad de mis enemigos; porque se han levantado contra mí testigos falsos, y los que respiran crueldad.
Salmo de David. A TI clamaré, oh Jehová, fortaleza mía: no te desentiendas de mí; porque no sea yo, dejándome tú, semejante á los que descienden al sepulcro.
E hízolos saltar como becerros; al Líbano y al Sirión como hijos de unicornios.
Oh Jehová, hiciste subir mi alma del sepulcro, dísteme vida, para que no descendiese á la sepultura.
Y dije yo en mi prosperidad: no seré jamás conmovido;
Has tornado mi endecha en baile; desataste mi saco, y ceñísteme de alegría.
En tu mano encomiendo mi espíritu: tú me has redimido, oh Jehová, Dios de verdad.
Me gozaré y alegraré en tu misericordia; porque has visto mi aflicción; has conocido mi alma en las angustias.
Y no me encerraste en mano del enemigo; hiciste estar mis pies en anchura.
He sido olvidado de su corazón como un muerto: he venido á ser como un vaso perdido.
Bendito Jehová, porque ha hecho maravillosa su misericordia para conmigo en ciudad fuerte.
Alegraos en Jehová, y gozaos, justos: y cantad todos vosotros los rectos de corazón.
Porque él dijo, y fué hecho; él mandó, y existió.
El consejo de Jehová permanecerá para siempre; los pensamientos de su corazón por todas las generaciones.
Desde la morada de su asiento miró sobre todos los moradores de la tierra.
¿Quién es el hombre que desea vida, que codicia días para ver bien?
El guarda todos sus huesos; ni uno de ellos será quebrantado.
Todos mis huesos dirán: Jehová, ¿quién como tú, que libras al afligido del más fuerte que él, y al pobre y menesteroso del que le despoja?
Porque no hablan paz; y contra los mansos de la tierra piensan palabras engañosas.
Lisonjéase, por tanto, en sus propios ojos, hasta que su iniquidad sea hallada aborrecible.
No venga contra mí pie de soberbia; y mano de impíos no me mueva.
Pues de aquí á poco no será el malo: y contemplarás sobre su lugar, y no parecerá.
Mejor es lo poco del justo, que las riquezas de muchos pecadores.
No serán avergonzados en el mal tiempo; y en los días de hambre serán hartos.
Acecha el impío al justo, y procura matarlo.
Considera al íntegro, y mira al justo: que la postrimería de cada uno de ellos es paz.
Porque dije: Que no se alegren de mí: cuando mi pie resbalaba, sobre mí se engrandecían.
Enmudecí con silencio, calléme aun respecto de lo bueno: y excitóse mi dolor.
Y ahora, Señor, ¿qué esperaré? Mi esperanza en ti está.
Oye mi oración, oh Jehová, y escucha mi clamor: no calles á mis lágrimas; porque peregrino soy para contigo, y advenedizo, como todos mis padres.
Al Músico principal: Salmo de David. RESIGNADAMENTE esperé á Jehová, é inclinóse á mí, y oyó mi clamor.
Y entraré al altar de Dios, al Dios alegría de mi gozo; y alabaréte con arpa, oh Dios, Dios mío.
¿Por qué te abates, oh alma mía, y por qué te conturbas en mí? Espera á Dios; porque aun le tengo de alabar; es él salvamento delante de mí, y el Dios mío.
Pues tú nos has guardado de nuestros enemigos, y has avergonzado á los que nos aborrecían.
Y en tu gloria sé prosperado: cabalga sobre palabra de verdad, y de humildad, y de justicia; y tu diestra te enseñará cosas terribles.
Al Músico principal: de los hijos de Coré: Salmo sobre Alamoth. DIOS es nuestro amparo y fortaleza, nuestro pronto auxilio en las tribulaciones.
Del río sus conductos alegrarán la ciudad de Dios, el santuario de las tiendas del Altísimo.
Que hace cesar las guerras hasta los fines de la tierra: que quiebra el arco, corta la lanza, y quema los carros en el fuego.
Hermosa provincia, el gozo de toda la tierra es el monte de Sión, á los lados del aquilón, la ciudad del gran Rey.
Dios en sus palacios es conocido por refugio.
Andad alrededor de Sión, y rodeadla: contad sus torres.
Poned vuestro corazón á su antemuro, mirad sus palacios; para que lo contéis á la generación venidera.
¿Por qué he de temer en los días de adversidad, cuando la iniquidad de mis insidiadores me cercare?
Los que confían en sus haciendas, y en la muchedumbre de sus riquezas se jactan,
Pues se ve que mueren los sabios, así como el insensato y el necio perecen, y dejan á otros sus riquezas.
Este su camino es su locura: con todo, corren sus descendientes por el dicho de ellos. (Selah.)
Entrará á la generación de sus padres: no verán luz para siempre.
No tomaré de tu casa becerros, ni machos cabríos de tus apriscos.
Porque mía es toda bestia del bosque, y los millares de animales en los collados.
Si veías al ladrón, tú corrías con él; y con los adúlteros era tu parte.
Tomabas asiento, y hablabas contra tu hermano; contra el hijo de tu madre ponías infamia.
He aquí, tú amas la verdad en lo íntimo: y en lo secreto me has hecho comprender sabiduría.
Purifícame con hisopo, y seré limpio: lávame, y seré emblanquecido más que la nieve.
Oh Dios, oye mi oración; escucha las razones de mi boca.
El volverá el mal á mis enemigos: córtalos por tu verdad.
Temor y temblor vinieron sobre mí, y terror me ha cubierto.
Día y noche la rodean sobre sus muros; é iniquidad y trabajo hay en medio de ella.
Yo á Dios clamaré; y Jehová me salvará.
Apúranme mis enemigos cada día; porque muchos son los que pelean contra mí, oh Altísimo.
Todos los días me contristan mis negocios; contra mí son todos sus pensamientos para mal.
Al Músico principal: sobre No destruyas: Michtam de David. OH congregación, ¿pronunciáis en verdad justicia? ¿juzgáis rectamente, hijos de los hombres?
Antes que vuestras ollas sientan las espinas, así vivos, así airados, los arrebatará él con tempestad.
Entonces dirá el hombre: Ciertamente hay fruto para el justo; ciertamente hay Dios que juzga en la tierra.
No los matarás, porque mi pueblo no se olvide: hazlos vagar con tu fortaleza; y abátelos, oh Jehová, escudo nuestro,
¿Quién me llevará á la ciudad fortalecida? ¿quién me llevará hasta Idumea?
Al Músico principal: sobre Neginoth: Salmo de David. OYE, oh Dios, mi clamor; á mi oración atiende.
Porque tú has sido mi refugio, y torre de fortaleza delante del enemigo.
Solamente consultan de arrojarle de su grandeza; aman la mentira, con su boca bendicen, pero maldicen en sus entrañas. (Selah.)
El solamente es mi fuerte y mí salud: es mi refugio, no resbalaré.
Está mi alma apegada á ti: tu diestra me ha sostenido.
Obstinados en su inicuo designio, tratan de esconder los lazos, y dicen: ¿Quién los ha de ver?
Tú coronas el año de tus bienes; y tus nubes destilan grosura.
Volvió la mar en seco; por el río pasaron á pie; allí en él nos alegramos.
Holocaustos de cebados te ofreceré, con perfume de carneros: sacrificaré bueyes y machos cabríos. (Selah.)
Alábente los pueblos, oh Dios: todos los pueblos te alaben.
La tierra dará su fruto: nos bendecirá Dios, el Dios nuestro.
Los que son de tu grey han morado en ella: por tu bondad, oh Dios, has provisto al pobre.
Monte de Dios es el monte de Basán; monte alto el de Basán.
Subiste á lo alto, cautivaste la cautividad, tomaste dones para los hombres, y también para los rebeldes, para que habite entre ellos JAH Dios.
Atribuid fortaleza á Dios: sobre Israel es su magnificencia, y su poder está en los cielos.
Terrible eres, oh Dios, desde tus santuarios: el Dios de Israel, él da fortaleza y vigor á su pueblo. Bendito Dios.
Cansado estoy de llamar; mi garganta se ha enronquecido; han desfallecido mis ojos esperando á mi Dios.
No sean avergonzados por mi causa los que te esperan, oh Señor Jehová de los ejércitos; no sean confusos por mí los que te buscan, oh Dios de Israel.
Empero yo enderezaba mi oración á ti, oh Jehová, al tiempo de tu buena voluntad: oh Dios, por la multitud de tu misericordia, por la verdad de tu salud, óyeme.
Y agradará á Jehová más que sacrificio de buey, ó becerro que echa cuernos y uñas.
Por ti he sido sustentado desde el vientre: de las entrañas de mi madre tú fuiste el que me sacaste: de ti será siempre mi alabanza.
Sea llena mi boca de tu alabanza, de tu gloria todo el día.
Oh Dios, no te alejes de mí: Dios mío, acude presto á mi socorro.
Mas yo siempre esperaré, y añadiré sobre toda tu alabanza.
Oh Dios, enseñásteme desde mi mocedad; y hasta ahora he manifestado tus maravillas.
Asimismo yo te alabaré con instrumento de salterio, oh Dios mío: tu verdad cantaré yo á ti en el arpa, oh Santo de Israel.
No están ellos en el trabajo humano; ni son azotados con los otros hombres.
Soltáronse, y hablan con maldad de hacer violencia; hablan con altanería.
Por eso su pueblo vuelve aquí, y aguas de lleno les son exprimidas.
Hasme guiado según tu consejo, y después me recibirás en gloria.
Acuérdate de tu congregación, que adquiriste de antiguo, cuando redimiste la vara de tu heredad; este monte de Sión, donde has habitado.
¿Hasta cuándo, oh Dios, el angustiador nos afrentará? ¿ha de blasfemar el enemigo perpetuamente tu nombre?
¿Por qué retraes tu mano, y tu diestra? ¿por qué la escondes dentro de tu seno?
Empero Dios es mi rey ya de antiguo; el que obra saludes en medio de la tierra.
Al Músico principal: sobre No destruyas: Salmo de Asaph: Cántico. ALABARÉMOSTE, oh Dios, alabaremos; que cercano está tu nombre: cuenten tus maravillas.
Mas Dios es el juez: á éste abate, y á aquél ensalza.
Y en Salem está su tabernáculo, y su habitación en Sión.
Desde los cielos hiciste oir juicio; la tierra tuvo temor y quedó suspensa,
Ciertamente la ira del hombre te acarreará alabanza: tú reprimirás el resto de las iras.
Acordaréme de las obras de JAH: sí, haré yo memoria de tus maravillas antiguas.
Oh Dios, en santidad es tu camino: ¿qué Dios grande como el Dios nuestro?
Tú eres el Dios que hace maravillas: tú hiciste notoria en los pueblos tu fortaleza.
Viéronte las aguas, oh Dios; viéronte las aguas, temieron; y temblaron los abismos.
Condujiste á tu pueblo como ovejas, por mano de Moisés y de Aarón.
Por cuanto no habían creído á Dios, ni habían confiado en su salud:
A pesar de que mandó á las nubes de arriba, y abrió las puertas de los cielos,
E hízolas caer en medio de su campo, alrededor de sus tiendas.
Y acordóse que eran carne; soplo que va y no vuelve.
Y volvían, y tentaban á Dios, y ponían límite al Santo de Israel.
No se acordaron de su mano, del día que los redimió de angustia;
Y volvió sus ríos en sangre, y sus corrientes, porque no bebiesen.
Dió también al pulgón sus frutos, y sus trabajos á la langosta.
El fuego devoró sus mancebos, y sus vírgenes no fueron loadas en cantos nupciales.
Entonces despertó el Señor á la manera del que ha dormido, como un valiente que grita excitado del vino:
No recuerdes contra nosotros las iniquidades antiguas: anticípennos presto tus misericordias, porque estamos muy abatidos.
Dísteles á comer pan de lágrimas, y dísteles á beber lágrimas en gran abundancia.
Los montes fueron cubiertos de su sombra; y sus sarmientos como cedros de Dios.
Quemada á fuego está, asolada: perezcan por la reprensión de tu rostro.
Tomad la canción, y tañed el adufe, el arpa deliciosa con el salterio.
Sobre tu pueblo han consultado astuta y secretamente, y han entrado en consejo contra tus escondidos.
Como fuego que quema el monte, como llama que abrasa las breñas.
Llena sus rostros de vergüenza; y busquen tu nombre, oh Jehová.
Sean afrentados y turbados para siempre; y sean deshonrados, y perezcan.
Bienaventurado el hombre que tiene su fortaleza en ti; en cuyo corazón están tus caminos.
Jehová Dios de los ejércitos, oye mi oración: escucha, oh Dios de Jacob. (Selah.)
Mira, oh Dios, escudo nuestro, y pon los ojos en el rostro de tu ungido.
Muéstranos, oh Jehová, tu misericordia, y danos tu salud.
Ciertamente cercana está su salud á los que le temen; para que habite la gloria en nuestra tierra.
Jehová dará también el bien; y nuestra tierra dará su fruto.
En el día de mi angustia te llamaré: porque tú me respondes.
Enséñame, oh Jehová, tu camino; caminaré yo en tu verdad: consolida mi corazón para que tema tu nombre.
Canción: Salmo para los hijos de Coré: al Músico principal: para cantar sobre Mahalath: Masquil de Hemán Ezrahita. OH Jehová, Dios de mi salud, día y noche clamo delante de ti.
Bienaventurado el pueblo que sabe aclamarte: andarán, oh Jehová, á la luz de tu rostro.
Mi mano será firme con él, mi brazo también lo fortificará.
No lo avasallará enemigo, ni hijo de iniquidad lo quebrantará.
Mas no quitaré de él mi misericordia, ni falsearé mi verdad.
Una vez he jurado por mi santidad, que no mentiré á David.
Menoscabáronle todos los que pasaron por el camino: es oprobio á sus vecinos.
¿Hasta cuándo, oh Jehová? ¿te esconderás para siempre? ¿arderá tu ira como el fuego?
Pusiste nuestras maldades delante de ti, nuestros yerros á la luz de tu rostro.
Enséñanos de tal modo á contar nuestros días, que traigamos al corazón sabiduría.
EL que habita al abrigo del Altísimo, morará bajo la sombra del Omnipotente.
No tendrás temor de espanto nocturno, ni de saeta que vuele de día;
En las manos te llevarán, porque tu pie no tropiece en piedra.
Sobre el león y el basilisco pisarás; hollarás al cachorro del león y al dragón.
Saciarélo de larga vida, y mostraréle mi salud.
En el decacordio y en el salterio, en tono suave con el arpa.
Aun en la vejez fructificarán; estarán vigorosos y verdes;
¿Hasta cuándo los impíos, hasta cuándo, oh Jehová, se gozarán los impíos?
Porque no dejará Jehová su pueblo, ni desamparará su heredad;
Sino que el juicio será vuelto á justicia, y en pos de ella irán todos los rectos de corazón.
Porque grande es Jehová, y digno de suprema alabanza; terrible sobre todos los dioses.
Jehová en Sión es grande, y ensalzado sobre todos los pueblos.
Moisés y Aarón entre sus sacerdotes, y Samuel entre los que invocaron su nombre; invocaban á Jehová, y él les respondía.
Entrad por sus puertas con reconocimiento, por sus atrios con alabanza: alabadle, bendecid su nombre.
Mi corazón fué herido, y secóse como la hierba; por lo cual me olvidé de comer mi pan.
Mis días son como la sombra que se va; y heme secado como la hierba.
Escribirse ha esto para la generación venidera: y el pueblo que se criará, alabará á JAH.
Mas tú eres el mismo, y tus años no se acabarán.
Bendice, alma mía á Jehová, y no olvides ninguno de sus beneficios.
Porque él conoce nuestra condición; acuérdase que somos polvo.
Abrevan á todas las bestias del campo: quebrantan su sed los asnos montaraces.
Y el vino que alegra el corazón del hombre, y el aceite que hace lucir el rostro, y el pan que sustenta el corazón del hombre.
ALABAD á Jehová, invocad su nombre: haced notorias sus obras en los pueblos.
Cantadle, cantadle salmos: hablad de todas sus maravillas.
Acordóse para siempre de su alianza; de la palabra que mandó para mil generaciones,
Y anduvieron de gente en gente, de un reino á otro pueblo.
Y llamó al hambre sobre la tierra, y quebrantó todo mantenimiento de pan.
Volvió el corazón de ellos para que aborreciesen á su pueblo, para que contra sus siervos pensasen mal.
Egipto se alegró de que salieran; porque su terror había caído sobre ellos.
Acuérdate de mí, oh Jehová, según tu benevolencia para con tu pueblo: visítame con tu salud;
Y humillar su simiente entre las gentes, y esparcirlos por las tierras.
Muchas veces los libró; mas ellos se rebelaron á su consejo, y fueron humillados por su maldad.
Sacólos de las tinieblas y de la sombra de muerte, y rompió sus prisiones.
Alaben la misericordia de Jehová, y sus maravillas para con los hijos de los hombres:
Los que descienden á la mar en navíos, y hacen negocio en las muchas aguas,
Porque grande más que los cielos es tu misericordia, y hasta los cielos tu verdad.
Para que sean librados tus amados, salva con tu diestra y respóndeme.
Venga en memoria cerca de Jehová la maldad de sus padres, y el pecado de su madre no sea borrado.
Y vistióse de maldición como de su vestido, y entró como agua en sus entrañas, y como aceite en sus huesos.
Yo he sido para ellos objeto de oprobio; mirábanme, y meneaban su cabeza.
Redención ha enviado á su pueblo; para siempre ha ordenado su pacto: santo y terrible es su nombre.
El hombre de bien tiene misericordia y presta; gobierna sus cosas con juicio.
El levanta del polvo al pobre, y al menesteroso alza del estiércol,
La mar vió, y huyó; el Jordán se volvió atrás.
¿Qué tuviste, oh mar, que huiste? ¿y tú, oh Jordán, que te volviste atrás?
Manos tienen, mas no palparán; tienen pies, mas no andarán; no hablarán con su garganta.
Casa de Aarón, confiad en Jehová: él es su ayuda y su escudo.
Rodeáronme los dolores de la muerte, me encontraron las angustias del sepulcro: angustia y dolor había yo hallado.
Andaré delante de Jehová en la tierra de los vivientes.
Desde la angustia invoqué á JAH; y respondióme JAH, poniéndome en anchura.
Mejor es esperar en Jehová que esperar en hombre.
Mi fortaleza y mi canción es JAH; y él me ha sido por salud.
Esta puerta de Jehová, por ella entrarán los justos.
Este es el día que hizo Jehová: nos gozaremos y alegraremos en él.
Tus estatutos guardaré: no me dejes enteramente.
Con mis labios he contado todos los juicios de tu boca.
Heme gozado en el camino de tus testimonios, como sobre toda riqueza.
En tus mandamientos meditaré, consideraré tus caminos.
Escogí el camino de la verdad; he puesto tus juicios delante de mí.
Aparta mis ojos, que no vean la vanidad; avívame en tu camino.
Quita de mí el oprobio que he temido: porque buenos son tus juicios.
He aquí yo he codiciado tus mandamientos: vivifícame en tu justicia.
Y hablaré de tus testimonios delante de los reyes, y no me avergonzaré.
Los soberbios se burlaron mucho de mí: mas no me he apartado de tu ley.
Cánticos me fueron tus estatutos en la mansión de mis peregrinaciones.
Esto tuve, porque guardaba tus mandamientos.
Contra mí forjaron mentira los soberbios: mas yo guardaré de todo corazón tus mandamientos.
Vengan á mí tus misericordias, y viva; porque tu ley es mi deleite.
Todos tus mandamientos son verdad: sin causa me persiguen; ayúdame.
Los impíos me han aguardado para destruirme: mas yo entenderé en tus testimonios.
MEM ¡Cuánto amo yo tu ley! todo el día es ella mi meditación.
Más que todos mis enseñadores he entendido: porque tus testimonios son mi meditación.
De todo mal camino contuve mis pies, para guardar tu palabra.
Juré y ratifiqué el guardar los juicios de tu justicia.
Apartaos de mí, malignos; pues yo guardaré los mandamientos de mi Dios.
Susténtame conforme á tu palabra, y viviré: y no me avergüences de mi esperanza.
Mírame, y ten misericordia de mí, como acostumbras con los que aman tu nombre.
Redímeme de la violencia de los hombres; y guardaré tus mandamientos.
Haz que tu rostro resplandezca sobre tu siervo; y enséñame tus estatutos.
Ríos de agua descendieron de mis ojos, porque no guardaban tu ley.
TZADDI. Justo eres tú, oh Jehová, y rectos tus juicios.
Acercáronse á la maldad los que me persiguen; alejáronse de tu ley.
Siete veces al día te alabo sobre los juicios de tu justicia.
Tu salud he esperado, oh Jehová; y tus mandamientos he puesto por obra.
Guardado he tus mandamientos y tus testimonios; porque todos mis caminos están delante de ti.
Agudas saetas de valiente, con brasas de enebro.
No dará tu pie al resbaladero; ni se dormirá el que te guarda.
A causa de la casa de Jehová nuestro Dios, buscaré bien para ti.
Nuestro socorro es en el nombre de Jehová, que hizo el cielo y la tierra.
Haz bien, oh Jehová, á los buenos, y á los que son rectos en sus corazones.
Irá andando y llorando el que lleva la preciosa simiente; mas volverá á venir con regocijo, trayendo sus gavillas.
He aquí que así será bendito el hombre que teme á Jehová.
No entraré en la morada de mi casa, ni subiré sobre el lecho de mi estrado;
A su mantenimiento daré bendición: sus pobres saciaré de pan.
Cántico gradual. MIRAD, bendecid á Jehová, vosotros todos los siervos de Jehová, los que en la casa de Jehová estáis por las noches.
El es el que hirió los primogénitos de Egipto, desde el hombre hasta la bestia.
Y dió la tierra de ellos en heredad, porque para siempre es su misericordia;
Y nos rescató de nuestros enemigos, porque para siempre es su misericordia.
Porque el alto Jehová atiende al humilde; mas al altivo mira de lejos.
Jehová cumplirá por mí: tu misericordia, oh Jehová, es para siempre; no dejarás la obra de tus manos.
Aun las tinieblas no encubren de ti, y la noche resplandece como el día: lo mismo te son las tinieblas que la luz.
No fué encubierto de ti mi cuerpo, bien que en oculto fuí formado, y compaginado en lo más bajo de la tierra.
De cierto, oh Dios, matarás al impío; apartaos pues de mí, hombres sanguinarios.
Guárdame, oh Jehová, de manos del impío, presérvame del hombre injurioso; que han pensado de trastornar mis pasos.
En cuanto á los que por todas partes me rodean, la maldad de sus propios labios cubrirá su cabeza.
Sea enderezada mi oración delante de ti como un perfume, el don de mis manos como la ofrenda de la tarde.
Delante de él derramaré mi querella; delante de él denunciaré mi angustia.
Y mi espíritu se angustió dentro de mí; pasmóse mi corazón.
Líbrame de mis enemigos, oh Jehová: á ti me acojo.
Reproducirán la memoria de la muchedumbre de tu bondad, y cantarán tu justicia.
Para notificar á los hijos de los hombres sus valentías, y la gloria de la magnificencia de su reino.
Abres tu mano, y colmas de bendición á todo viviente.
Jehová abre los ojos á los ciegos; Jehová levanta á los caídos; Jehová ama á los justos.
El es el que cubre los cielos de nubes, el que prepara la lluvia para la tierra, el que hace á los montes producir hierba.
El pone en tu término la paz; te hará saciar de grosura de trigo.
El envía su palabra á la tierra; muy presto corre su palabra.
El da la nieve como lana, derrama la escarcha como ceniza.
Enviará su palabra, y los derretirá: soplará su viento, y fluirán las aguas.
Alabadle, cielos de los cielos, y las aguas que están sobre los cielos.
Alaben el nombre de Jehová; porque él mandó, y fueron criadas.
Aleluya. CANTAD á Jehová canción nueva: su alabanza sea en la congregación de los santos.
Ensalzamientos de Dios modularán en sus gargantas, y espadas de dos filos habrá en sus manos;
Aleluya. ALABAD á Dios en su santuario: alabadle en la extensión de su fortaleza.
Alabadle con adufe y flauta: alabadle con cuerdas y órgano.
Hallaremos riquezas de todas suertes, henchiremos nuestras casas de despojos;
Ni quisieron mi consejo, y menospreciaron toda reprensión mía:
Que se alegran haciendo mal, que se huelgan en las perversidades del vicio;
Largura de días está en su mano derecha; en su izquierda riquezas y honra.
No tendrás temor de pavor repentino, ni de la ruina de los impíos cuando viniere:
Por el camino de la sabiduría te he encaminado, y por veredas derechas te he hecho andar.
Pues que los caminos del hombre están ante los ojos de Jehová, y él considera todas sus veredas.
Prenderán al impío sus propias iniquidades, y detenido será con las cuerdas de su pecado.
La cual no teniendo capitán, ni gobernador, ni señor,
No codicies su hermosura en tu corazón, ni ella te prenda con sus ojos:
Lígalos á tus dedos; escríbelos en la tabla de tu corazón.
Vi entre los simples, consideré entre los jóvenes, un mancebo falto de entendimiento,
A la tarde del día, ya que oscurecía, en la oscuridad y tiniebla de la noche.
El saco de dinero llevó en su mano; el día señalado volverá á su casa.
Oid, porque hablaré cosas excelentes; y abriré mis labios para cosas rectas.
Jehová me poseía en el principio de su camino, ya de antiguo, antes de sus obras.
Cuando formaba los cielos, allí estaba yo; cuando señalaba por compás la sobrefaz del abismo;
Con él estaba yo ordenándolo todo; y fuí su delicia todos los días, teniendo solaz delante de él en todo tiempo.
Huélgome en la parte habitable de su tierra; y mis delicias son con los hijos de los hombres.
Atended el consejo, y sed sabios, y no lo menospreciéis.
Envió sus criadas; sobre lo más alto de la ciudad clamó:
Siéntase en una silla á la puerta de su casa, en lo alto de la ciudad,
Para llamar á los que pasan por el camino, que van por sus caminos derechos.
Jehová no dejará hambrear el alma del justo: mas la iniquidad lanzará á los impíos.
En los labios del prudente se halla sabiduría: y vara á las espaldas del falto de cordura.
Cuando faltaren las industrias, caerá el pueblo: mas en la multitud de consejeros hay salud.
Con ansiedad será afligido el que fiare al extraño: mas el que aborreciere las fianzas vivirá confiado.
Zarcillo de oro en la nariz del puerco, es la mujer hermosa y apartada de razón.
Hay quienes reparten, y les es añadido más: y hay quienes son escasos más de lo que es justo, mas vienen á pobreza.
Al que retiene el grano, el pueblo lo maldecirá: mas bendición será sobre la cabeza del que vende.
EL que ama la corrección ama la sabiduría: mas el que aborrece la reprensión, es ignorante.
Desea el impío la red de los malos: mas la raíz de los justos dará fruto.
El indolente no chamuscará su caza: mas el haber precioso del hombre es la diligencia.
Hay camino que al hombre parece derecho; empero su fin son caminos de muerte.
El simple cree á toda palabra: mas el avisado entiende sus pasos.
La benevolencia del rey es para con el ministro entendido: mas su enojo contra el que lo avergüenza.
El infierno y la perdición están delante de Jehová: ¡cuánto más los corazones de los hombres!
La oreja que escucha la corrección de vida, entre los sabios morará.
El hombre perverso cava el mal; y en sus labios hay como llama de fuego.
Cierra sus ojos para pensar perversidades; mueve sus labios, efectúa el mal.
Mejor es se encuentre un hombre con una osa á la cual han robado sus cachorros, que con un fatuo en su necedad.
El que engendra al necio, para su tristeza lo engendra: y el padre del fatuo no se alegrará.
El corazón alegre produce buena disposición: mas el espíritu triste seca los huesos.
En el rostro del entendido aparece la sabiduría: mas los ojos del necio vagan hasta el cabo de la tierra.
Las riquezas del rico son la ciudad de su fortaleza, y como un muro alto en su imaginación.
El corazón del entendido adquiere sabiduría; y el oído de los sabios busca la ciencia.
Muchos rogarán al príncipe: mas cada uno es amigo del hombre que da.
Todos los hermanos del pobre le aborrecen: ¡cuánto más sus amigos se alejarán de él! buscará la palabra y no la hallará.
No conviene al necio el deleite: ¡cuánto menos al siervo ser señor de los príncipes!
A Jehová empresta el que da al pobre, y él le dará su paga.
Muchos pensamientos hay en el corazón del hombre; mas el consejo de Jehová permanecerá.
El testigo perverso se burlará del juicio; y la boca de los impíos encubrirá la iniquidad.
Como bramido de cachorro de león es el terror del rey: el que lo hace enfurecerse, peca contra su alma.
¿Quién podrá decir: Yo he limpiado mi corazón, limpio estoy de mi pecado?
El que descubre el secreto, en chismes anda: no te entrometas, pues, con el que lisonjea con sus labios.
El rey sabio esparce los impíos, y sobre ellos hace tornar la rueda.
Candela de Jehová es el alma del hombre, que escudriña lo secreto del vientre.
Allegar tesoros con lengua de mentira, es vanidad desatentada de aquellos que buscan la muerte.
Tesoro codiciable y pingüe hay en la casa del sabio; mas el hombre insensato lo disipará.
Sima profunda es la boca de las extrañas: aquel contra el cual estuviere Jehová airado, caerá en ella.
¿No te he escrito tres veces en consejos y ciencia,
No te entrometas con el iracundo, ni te acompañes con el hombre de enojos;
Aplica tu corazón á la enseñanza, y tus oídos á las palabras de sabiduría.
Oye tú, hijo mío, y sé sabio, y endereza tu corazón al camino.
Oye á tu padre, á aquel que te engendró; y cuando tu madre envejeciere, no la menosprecies.
Alégrense tu padre y tu madre, y gócese la que te engendró.
Y con ciencia se henchirán las cámaras de todo bien preciado y agradable.
Alta está para el insensato la sabiduría: en la puerta no abrirá él su boca.
Oh impío, no aceches la tienda del justo, no saquees su cámara;
Porque para el malo no habrá buen fin, y la candela de los impíos será apagada.
Besados serán los labios del que responde palabras rectas.
Trata tu causa con tu compañero y no descubras el secreto á otro.
No sea que te deshonre el que lo oyere, y tu infamia no pueda repararse.
Martillo y cuchillo y saeta aguda, es el hombre que habla contra su prójimo falso testimonio.
Mejor es estar en un rincón de casa, que con la mujer rencillosa en espaciosa casa.
El látigo para el caballo, y el cabestro para el asno, y la vara para la espalda del necio.
¿Has visto hombre sabio en su opinión? más esperanza hay del necio que de él.
Cuando hablare amigablemente, no le creas; porque siete abominaciones hay en su corazón.
Alábete el extraño, y no tu boca; el ajeno, y no tus labios.
Cruel es la ira, é impetuoso el furor; mas ¿quién parará delante de la envidia?
Los corderos para tus vestidos, y los cabritos para el precio del campo:
HUYE el impío sin que nadie lo persiga: mas el justo está confiado como un leoncillo.
El que aumenta sus riquezas con usura y crecido interés, para que se dé á los pobres lo allega.
Los hombres escarnecedores enlazan la ciudad: mas los sabios apartan la ira.
Si el hombre sabio contendiere con el necio, que se enoje ó que se ría, no tendrá reposo.
¿Has visto hombre ligero en sus palabras? más esperanza hay del necio que de él.
El aparcero del ladrón aborrece su vida; oirá maldiciones, y no lo denunciará.
El temor del hombre pondrá lazo: mas el que confía en Jehová será levantado.
PALABRAS de Agur, hijo de Jachê: La profecía que dijo el varón á Ithiel, á Ithiel y á Ucal.
¿Quién subió al cielo, y descendió? ¿quién encerró los vientos en sus puños? ¿quién ató las aguas en un paño? ¿quién afirmó todos los términos de la tierra? ¿cuál es su nombre, y el nombre de su hijo, si sabes?
No sea que me harte, y te niegue, y diga, ¿Quién es Jehová? ó no sea que siendo pobre, hurte, y blasfeme el nombre de mi Dios.
Por la aborrecida cuando se casare; y por la sierva cuando heredare á su señora.
Las hormigas, pueblo no fuerte, y en el verano preparan su comida;
Los conejos, pueblo nada esforzado, y ponen su casa en la piedra;
El león, fuerte entre todos los animales, que no torna atrás por nadie;
El corazón de su marido está en ella confiado, y no tendrá necesidad de despojo.
Buscó lana y lino, y con voluntad labró de sus manos.
Hizo telas, y vendió; y dió cintas al mercader.
¿Qué es lo que fué? Lo mismo que será. ¿Qué es lo que ha sido hecho? Lo mismo que se hará: y nada hay nuevo debajo del sol.
A la risa dije: Enloqueces; y al placer: ¿De qué sirve esto?
Propuse en mi corazón agasajar mi carne con vino, y que anduviese mi corazón en sabiduría, con retención de la necedad, hasta ver cuál fuese el bien de los hijos de los hombres, en el cual se ocuparan debajo del cielo todos los días de su vida.
Yo asimismo aborrecí todo mi trabajo que había puesto por obra debajo del sol; el cual dejaré á otro que vendrá después de mí.
Tiempo de nacer, y tiempo de morir; tiempo de plantar, y tiempo de arrancar lo plantado;
Tiempo de agenciar, y tiempo de perder; tiempo de guardar, y tiempo de arrojar;
Tiempo de romper, y tiempo de coser; tiempo de callar, y tiempo de hablar;
Dije en mi corazón, en orden á la condición de los hijos de los hombres, que Dios los probaría, para que así echaran de ver ellos mismos que son semejantes á las bestias.
Porque el suceso de los hijos de los hombres, y el suceso del animal, el mismo suceso es: como mueren los unos, así mueren los otros; y una misma respiración tienen todos; ni tiene más el hombre que la bestia: porque todo es vanidad.
Y alabé yo los finados que ya murieron, más que los vivientes que hasta ahora están vivos.
Mas vale el un puño lleno con descanso, que ambos puños llenos con trabajo y aflicción de espíritu.
También si dos durmieren juntos, se calentarán; mas ¿cómo se calentará uno solo?
CUANDO fueres á la casa de Dios, guarda tu pie; y acércate más para oir que para dar el sacrificio de los necios: porque no saben que hacen mal.
Dulce es el sueño del trabajador, ora coma mucho ó poco; mas al rico no le deja dormir la hartura.
Las cuales se pierden en malas ocupaciones, y á los hijos que engendraron nada les queda en la mano.
Demás de esto, todos los días de su vida comerá en tinieblas, con mucho enojo y dolor y miseria.
MEJOR es la buena fama que el buen ungüento; y el día de la muerte que el día del nacimiento.
Mejor es oir la reprensión del sabio, que la canción de los necios.
Ciertamente no hay hombre justo en la tierra, que haga bien y nunca peque.
He aquí, solamente he hallado esto: que Dios hizo al hombre recto, mas ellos buscaron muchas cuentas.
Esto vi también: que los impíos sepultados vinieron aún en memoria; mas los que partieron del lugar santo, fueron luego puestos en olvido en la ciudad donde con rectitud habían obrado. Esto también es vanidad.
Porque no se ejecuta luego sentencia sobre la mala obra, el corazón de los hijos de los hombres está en ellos lleno para hacer mal.
Aun hay esperanza para todo aquél que está entre los vivos; porque mejor es perro vivo que león muerto.
Porque el hombre tampoco conoce su tiempo: como los peces que son presos en la mala red, y como las aves que se prenden en lazo, así son enlazados los hijos de los hombres en el tiempo malo, cuando cae de repente sobre ellos.
También vi esta sabiduría debajo del sol, la cual me parece grande:
Hay un mal que debajo del sol he visto, á manera de error emanado del príncipe:
La necedad está colocada en grandes alturas, y los ricos están sentados en lugar bajo.
El que al viento mira, no sembrará; y el que mira á las nubes, no segará.
Como tú no sabes cuál es el camino del viento, ó cómo se crían los huesos en el vientre de la mujer preñada, así ignoras la obra de Dios, el cual hace todas las cosas.
Por la mañana siembra tu simiente, y á la tarde no dejes reposar tu mano: porque tú no sabes cuál es lo mejor, si esto ó lo otro, ó si ambas á dos cosas son buenas.
A yegua de los carros de Faraón te he comparado, amiga mía.
Hanse mostrado las flores en la tierra, el tiempo de la canción es venido, y en nuestro país se ha oído la voz de la tórtola;
Levantaréme ahora, y rodearé por la ciudad; por las calles y por las plazas buscaré al que ama mi alma: busquélo, y no lo hallé.
Conmigo del Líbano, oh esposa, conmigo ven del Líbano: mira desde la cumbre de Amana, desde la cumbre de Senir y de Hermón, desde las guaridas de los leones, desde los montes de los tigres.
Fuente de huertos, pozo de aguas vivas, que corren del Líbano.
YO vine á mi huerto, oh hermana, esposa mía: cogido he mi mirra y mis aromas; he comido mi panal y mi miel, mi vino y mi leche he bebido. Comed, amigos; bebed, amados, y embriagaos.
Hermosa eres tú, oh amiga mía, como Tirsa; de desear, como Jerusalem; imponente como ejércitos en orden.
Tus dos pechos, como dos cabritos mellizos de gama.
Tu cabeza encima de ti, como el Carmelo; y el cabello de tu cabeza, como la púrpura del rey ligada en los corredores.
Yo dije: Subiré á la palma, asiré sus ramos: y tus pechos serán ahora como racimos de vid, y el olor de tu boca como de manzanas;
Huye, amado mío; y sé semejante al gamo, ó al cervatillo, sobre las montañas de los aromas.
¿Quién demandó esto de vuestras manos, cuando vinieseis á presentaros delante de mí, para hollar mis atrios?
Cuando extendiereis vuestras manos, yo esconderé de vosotros mis ojos: asimismo cuando multiplicareis la oración, yo no oiré: llenas están de sangre vuestras manos.
Venid luego, dirá Jehová, y estemos á cuenta: si vuestros pecados fueren como la grana, como la nieve serán emblanquecidos: si fueren rojos como el carmesí, vendrán á ser como blanca lana.
Y sobre toda torre alta, y sobre todo muro fuerte;
Aquel día arrojará el hombre, á los topos y murciélagos, sus ídolos de plata y sus ídolos de oro, que le hicieron para que adorase;
Dejaos del hombre, cuyo hálito está en su nariz; porque ¿de qué es él estimado?
Y pondréles mozos por príncipes, y muchachos serán sus señores.
Jehová vendrá á juicio contra los ancianos de su pueblo y contra sus príncipes; porque vosotros habéis devorado la viña, y el despojo del pobre está en vuestras casas.
Por tanto, pelará el Señor la mollera de las hijas de Sión, y Jehová descubrirá sus vergüenzas.
Y criará Jehová sobre toda la morada del monte de Sión, y sobre los lugares de sus convocaciones, nube y oscuridad de día, y de noche resplandor de fuego que eche llamas: porque sobre toda gloria habrá cobertura.
Por tanto mi pueblo fué llevado cautivo, porque no tuvo ciencia: y su gloria pereció de hambre, y su multitud se secó de sed.
Por eso ensanchó su interior el sepulcro, y sin medida extendió su boca; y allá descenderá la gloria de ellos, y su multitud, y su fausto, y el que en él se holgaba.
¡Ay de los que traen la iniquidad con cuerdas de vanidad, y el pecado como con coyundas de carreta,
Por esta causa se encendió el furor de Jehová contra su pueblo, y extendió contra él su mano, é hirióle; y se estremecieron los montes, y sus cadáveres fueron arrojados en medio de las calles. Con todo esto no ha cesado su furor, antes está su mano todavía extendida.
Su bramido como de león; rugirá á manera de leoncillos, rechinará los dientes, y arrebatará la presa; la apañara, y nadie se la quitará.
Y bramará sobre él en aquel día como bramido de la mar: entonces mirará hacia la tierra, y he aquí tinieblas de tribulación, y en sus cielos se oscurecerá la luz.
Engruesa el corazón de aqueste pueblo, y agrava sus oídos, y ciega sus ojos; porque no vea con sus ojos, ni oiga con sus oídos, ni su corazón entienda, ni se convierta, y haya para él sanidad.
Y habló más Jehová á Achâz, diciendo:
Y junté conmigo por testigos fieles á Urías sacerdote, y á Zacarías hijo de Jeberechîas.
Y pasando hasta Judá, inundará, y sobrepujará, y llegará hasta la garganta; y extendiendo sus alas, llenará la anchura de tu tierra, oh Emmanuel.
Aumentando la gente, no aumentaste la alegría. Alegraránse delante de ti como se alegran en la siega, como se gozan cuando reparten despojos.
Empero Jehová ensalzará los enemigos de Rezín contra él, y juntará sus enemigos;
¿Y qué haréis en el día de la visitación? ¿y á quién os acogeréis que os ayude, cuando viniere de lejos el asolamiento? ¿y en dónde dejaréis vuestra gloria?
Vino hasta Ajad, pasó hasta Migrón; en Michmas contará su ejército:
Regocíjate y canta, oh moradora de Sión: porque grande es en medio de ti el Santo de Israel.
Levantad bandera sobre un alto monte; alzad la voz á ellos, alzad la mano, para que entren por puertas de príncipes.
Y se llenarán de terror; angustias y dolores los comprenderán; tendrán dolores como mujer de parto; pasmaráse cada cual al mirar á su compañero; sus rostros, rostros de llamas.
Nunca más será habitada, ni se morará en ella de generación en generación; ni hincará allí tienda el Arabe, ni pastores tendrán allí majada:
Todos ellos darán voces, y te dirán: ¿Tú también enfermaste como nosotros, y como nosotros fuiste?
Descendió al sepulcro tu soberbia, y el sonido de tus vihuelas: gusanos serán tu cama, y gusanos te cubrirán.
Que puso el mundo como un desierto, que asoló sus ciudades; que á sus presos nunca abrió la cárcel?
Mas tú echado eres de tu sepulcro como tronco abominable, como vestido de muertos pasados á cuchillo, que descendieron al fondo de la sepultura; como cuerpo muerto hollado.
Este es el consejo que está acordado sobre toda la tierra; y ésta, la mano extendida sobre todas las gentes.
¿Y qué se responderá á los mensajeros de la gentilidad? Que Jehová fundó á Sión, y que á ella se acogerán los afligidos de su pueblo.
Hesbón y Eleale gritarán, hasta Jahas se oirá su voz: por lo que aullarán los armados de Moab, lamentaráse el alma de cada uno de por sí.
Y las aguas de Dimón se henchirán de sangre: porque yo pondré sobre Dimón añadiduras, leones á los que escaparen de Moab, y á las reliquias de la tierra.
Quitado es el gozo y la alegría del campo fértil; en las viñas no cantarán, ni se regocijarán; no pisará vino en los lagares el pisador: la canción he hecho cesar.
Y cesará el socorro de Ephraim, y el reino de Damasco; y lo que quedare de Siria, será como la gloria de los hijos de Israel, dice Jehová de los ejércitos.
Y será que en aquel tiempo la gloria de Jacob se atenuará, y enflaqueceráse la grosura de su carne.
En aquel día las ciudades de su fortaleza serán como los frutos que quedan en los pimpollos y en las ramas, las cuales fueron dejadas á causa de los hijos de Israel; y habrá asolamiento.
Los que labran lino fino, y los que tejen redes, serán confundidos;
Así llevará el rey de Asiria la cautividad de Egipto y la transmigración de Etiopía, de mozos y de viejos, desnuda y descalza, y descubiertas las nalgas para vergüenza de Egipto.
Y dirá en aquel día el morador de esta isla: Mirad qué tal fué nuestra esperanza, donde nos acogimos por socorro para ser libres de la presencia del rey de Asiria: ¿y cómo escaparemos?
Trilla mía, y paja de mi era: os he dicho lo que oí de Jehová de los ejércitos, Dios de Israel.
Porque de la presencia de las espadas huyen, de la presencia de la espada desnuda, de la presencia del arco entesado, de la presencia del peso de la batalla.
Y desnudó la cobertura de Judá; y miraste en aquel día hacia la casa de armas del bosque.
Y visteis las roturas de la ciudad de David, que se multiplicaron; y recogisteis las aguas de la pesquera de abajo.
Por tanto el Señor Jehová de los ejércitos llamó en este día á llanto y á endechas, á mesar y á vestir saco.
¿Qué tienes tú aquí, ó á quién tienes tú aquí, que labraste aquí sepulcro para ti, como el que en lugar alto labra su sepultura, ó el que esculpe para sí morada en una peña?
Y será que, en aquel día, llamaré á mi siervo Eliacim, hijo de Hilcías;
E hincarélo como clavo en lugar firme; y será por asiento de honra á la casa de su padre.
Su provisión era de las sementeras que crecen con las muchas aguas del Nilo, de la mies del río. Fué también feria de gentes.
Extendió su mano sobre la mar, hizo temblar los reinos: Jehová mandó sobre Canaán que sus fuerzas sean debilitadas.
Del todo será vaciada la tierra, y enteramente saqueada; porque Jehová ha pronunciado esta palabra.
Cesó el regocijo de los panderos, acabóse el estruendo de los que se huelgan, paró la alegría del arpa.
Y acontecerá que el que huirá de la voz del terror, caerá en la sima; y el que saliere de en medio de la sima, será preso del lazo: porque de lo alto se abrieron ventanas, y temblarán los fundamentos de la tierra.
Confiad en Jehová perpetuamente: porque en el Señor Jehová está la fortaleza de los siglos.
El camino del justo es rectitud: Tú, Recto, pesas el camino del justo.
También en el camino de tus juicios, oh Jehová, te hemos esperado: á tu nombre y á tu memoria es el deseo del alma.
Concebimos, tuvimos dolores de parto, parimos como viento: salud ninguna hicimos en la tierra, ni cayeron los moradores del mundo.
Días vendrán cuando Jacob echará raíces, florecerá y echará renuevos Israel, y la haz del mundo se henchirá de fruto.
Porque la ciudad fortalecida será asolada, la morada será desamparada y dejada como un desierto: allí se apacentará el becerro, allí tendrá su majada, y acabará sus ramas.
Cuando sus ramas se secaren, serán quebradas; mujeres vendrán á encenderlas: porque aquél no es pueblo de entendimiento; por tanto su Hacedor no tendrá de él misericordia, ni se compadecerá de él el que lo formó.
Mas también éstos erraron con el vino, y con la sidra se entontecieron; el sacerdote y el profeta erraron con la sidra, fueron trastornados del vino, aturdiéronse con la sidra, erraron en la visión, tropezaron en el juicio.
Porque en lengua de tartamudos, y en extraña lengua hablará á este pueblo,
Por tanto, el Señor Jehová dice así: He aquí que yo fundo en Sión una piedra, piedra de fortaleza, de esquina, de precio, de cimiento estable: el que creyere, no se apresure.
Mas yo pondré á Ariel en apretura, y será desconsolada y triste; y será á mí como Ariel.
Y los errados de espíritu aprenderán inteligencia, y los murmuradores aprenderán doctrina.
Pártense para descender á Egipto, y no han preguntado mi boca; para fortificarse con la fuerza de Faraón, y poner su esperanza en la sombra de Egipto.
Mas la fortaleza de Faraón se os tornará en vergüenza, y el amparo en la sombra de Egipto en confusión.
Cuando estarán sus príncipes en Zoán, y sus embajadores habrán llegado á Hanes,
Que este pueblo es rebelde, hijos mentirosos, hijos que no quisieron oir la ley de Jehová;
Por tanto el Santo de Israel dice así: Porque desechasteis esta palabra, y confiasteis en violencia y en iniquidad, y en ello os habéis apoyado;
El mezquino nunca más será llamado liberal, ni será dicho generoso el avariento.
Sobre los pechos lamentarán por los campos deleitosos, por la vid fértil.
Y el efecto de la justicia será paz; y la labor de justicia, reposo y seguridad para siempre.
Y sus arroyos se tornarán en pez, y su polvo en azufre, y su tierra en pez ardiente.
Y la poseerán el pelícano y el mochuelo, la lechuza y el cuervo morarán en ella: y extenderáse sobre ella cordel de destrucción, y niveles de asolamiento.
Inquirid en el libro de Jehová, y leed si faltó alguno de ellos: ninguno faltó con su compañera; porque su boca mandó, y reuniólos su mismo espíritu.
Florecerá profusamente, y también se alegrará y cantará con júbilo: la gloria del Líbano le será dada, la hermosura de Carmel y de Sarón. Ellos verán la gloria de Jehová, la hermosura del Dios nuestro.
Y habrá allí calzada y camino, y será llamado Camino de Santidad; no pasará por él inmundo; y habrá para ellos en él quien los acompañe, de tal manera que los insensatos no yerren.
Digo, alegas tú, (empero palabras vanas) que tengo consejo y fortaleza para la guerra. Ahora bien, ¿en quién confías que te rebelas contra mí?
Ni os haga Ezechîas confiar en Jehová, diciendo: Ciertamente Jehová nos librará: no será entregada esta ciudad en manos del rey de Asiria.
Y envió á Eliacim mayordomo, y á Sebna escriba, y á los ancianos de los sacerdotes, cubiertos de sacos, á Isaías profeta, hijo de Amoz.
Quizá oirá Jehová tu Dios las palabras de Rabsaces, al cual envió el rey de Asiria su señor á blasfemar al Dios vivo, y á reprender con las palabras que oyó Jehová tu Dios: alza pues oración tú por las reliquias que aun han quedado.
He aquí que yo doy en él un espíritu, y oirá un rumor, y volveráse á su tierra: y yo haré que en su tierra caiga á cuchillo.
¿Dónde está el rey de Amath, y el rey de Arphad, el rey de la ciudad de Sepharvaim, de Henah, y de Hivah?
Ciertamente, oh Jehová, los reyes de Asiria destruyeron todas las tierras y sus comarcas,
He aquí amargura grande me sobrevino en la paz: mas á ti plugo librar mi vida del hoyo de corrupción: porque echaste tras tus espaldas todos mis pecados.
El que vive, el que vive, éste te confesará, como yo hoy: el padre hará notoria tu verdad á los hijos.
EN aquel tiempo Merodach-baladán, hijo de Baladán, rey de Babilonia, envió cartas y presentes á Ezechîas; porque había oído que había estado enfermo, y que había convalecido.
Entonces Isaías profeta vino al rey Ezechîas, y díjole: ¿Qué dicen estos hombres, y de dónde han venido á ti? Y Ezechîas respondió: De tierra muy lejos han venido á mí, de Babilonia.
Todo valle sea alzado, y bájese todo monte y collado; y lo torcido se enderece, y lo áspero se allane.
Y manifestaráse la gloria de Jehová, y toda carne juntamente la verá; que la boca de Jehová habló.
Como nada son todas las gentes delante de él; y en su comparación serán estimadas en menos que nada, y que lo que no es.
¿A qué pues haréis semejante á Dios, ó qué imagen le compondréis?
He aquí que yo te he puesto por trillo, trillo nuevo, lleno de dientes: trillarás montes y los molerás, y collados tornarás en tamo.
Miré, y no había ninguno; y pregunté de estas cosas, y ningún consejero hubo: preguntéles, y no respondieron palabra.
Yo Jehová: este es mi nombre; y á otro no daré mi gloria, ni mi alabanza á esculturas.
Cantad á Jehová un nuevo cántico, su alabanza desde el fin de la tierra; los que descendéis á la mar, y lo que la hinche, las islas y los moradores de ellas.
Mas este es pueblo saqueado y hollado, todos ellos enlazados en cavernas y escondidos en cárceles: son puestos á saco, y no hay quien libre; hollados, y no hay quien diga, Restituid.
Vosotros sois mis testigos, dice Jehová, y mi siervo que yo escogí; para que me conozcáis y creáis, y entendáis que yo mismo soy; antes de mí no fué formado Dios, ni lo será después de mí.
El que saca carro y caballo, ejército y fuerza; caen juntamente para no levantarse; quedan extinguidos, como pábilo quedan apagados.
Y no me invocaste á mí, oh Jacob; antes, de mí te cansaste, oh Israel.
No me trajiste á mí los animales de tus holocaustos, ni á mí me honraste con tus sacrificios: no te hice servir con presente, ni te hice fatigar con perfume.
Por tanto, yo profané los príncipes del santuario, y puse por anatema á Jacob, y por oprobio á Israel.
Y brotarán entre hierba, como sauces junto á las riberas de las aguas.
Este dirá: Yo soy de Jehová; el otro se llamará del nombre de Jacob; y otro escribirá con su mano, A Jehová, y se apellidará con el nombre de Israel.
No temáis, ni os amedrentéis: ¿no te lo hice oir desde antiguo, y te lo dije? Luego vosotros sois mis testigos. No hay Dios sino yo. No hay Fuerte: no conozco ninguno.
El herrero tomará la tenaza, obrará en las ascuas, darále forma con los martillos, y trabajará en ella con la fuerza de su brazo: tiene luego hambre, y le faltan las fuerzas; no beberá agua, y se desmaya.
De ceniza se apacienta; su corazón engañado le desvía, para que no libre su alma, ni diga: ¿No hay una mentira á mi mano derecha?
Yo deshice como á nube tus rebeliones, y como á niebla tus pecados: tórnate á mí, porque yo te redimí.
Yo hice la tierra, y crié sobre ella al hombre. Yo, mis manos, extendieron los cielos, y á todo su ejército mandé.
Publicad, y haced llegar, y entren todos en consulta: ¿quién hizo oir esto desde el principio, y lo tiene dicho desde entonces, sino yo Jehová? Y no hay más Dios que yo; Dios justo y Salvador: ningún otro fuera de mí.
Por mí hice juramento, de mi boca salió palabra en justicia, y no será revocada: Que á mí se doblará toda rodilla, jurará toda lengua.
En Jehová será justificada y se gloriará toda la generación de Israel.
Y hasta la vejez yo mismo, y hasta las canas os soportaré yo: yo hice, yo llevaré, yo soportaré y guardaré.
Oidme, duros de corazón, que estáis lejos de la justicia.
Enojéme contra mi pueblo, profané mi heredad, y entreguélos en tu mano: no les hiciste misericordias; sobre el viejo agravaste mucho tu yugo.
Vendrá pues sobre ti mal, cuyo nacimiento no sabrás: caerá sobre ti quebrantamiento, el cual no podrás remediar: y destrucción que no sabrás, vendrá de repente sobre ti.
Estáte ahora en tus encantamentos, y con la multitud de tus agüeros, en los cuales te fatigaste desde tu niñez; quizá podrás mejorarte, quizá te fortificarás.
Oístelo, vístelo todo; ¿y no lo anunciaréis vosotros? Ahora pues te he hecho oir nuevas y ocultas cosas que tú no sabías.
Y puso mi boca como espada aguda, cubrióme con la sombra de su mano; y púsome por saeta limpia, guardóme en su aljaba;
Yo empero dije: Por demás he trabajado, en vano y sin provecho he consumido mi fortaleza; mas mi juicio está delante de Jehová, y mi recompensa con mi Dios.
Ahora pues, dice Jehová, el que me formó desde el vientre por su siervo, para que convierta á él á Jacob. Bien que Israel no se juntará, con todo, estimado seré en los ojos de Jehová, y el Dios mío será mi fortaleza.
Así dijo Jehová: En hora de contentamiento te oí, y en el día de salud te ayudé: y guardarte he, y te daré por alianza del pueblo, para que levantes la tierra, para que heredes asoladas heredades;
No tendrán hambre ni sed, ni el calor ni el sol los afligirá; porque el que tiene de ellos misericordia los guiará, y los conducirá á manaderos de aguas.
Y tornaré camino todos mis montes, y mis calzadas serán levantadas.
¿Olvidaráse la mujer de lo que parió, para dejar de compadecerse del hijo de su vientre? Aunque se olviden ellas, yo no me olvidaré de ti.
Tus edificadores vendrán aprisa; tus destruidores y tus asoladores saldrán de ti.
Alza tus ojos alrededor, y mira: todos estos se han reunido, han venido á ti. Vivo yo, dice Jehová, que de todos, como de vestidura de honra, serás vestida; y de ellos serás ceñida como novia.
Aun los hijos de tu orfandad dirán á tus oídos: Angosto es para mí este lugar; apártate por amor de mí, para que yo more.
¿Será quitada la presa al valiente? ó ¿libertaráse la cautividad legítima?
Así empero dice Jehová: Cierto, la cautividad será quitada al valiente, y la presa del robusto será librada; y tu pleito yo lo pleitearé, y yo salvaré á tus hijos.
ASÍ dijo Jehová: ¿Qué es de la carta de repudio de vuestra madre, con la cual yo la repudié? ¿ó quiénes son mis acreedores, á quienes os he yo vendido? He aquí que por vuestras maldades sois vendidos, y por vuestras rebeliones fué repudiada vuestra madre:
He aquí que todos vosotros encendéis fuego, y estáis cercados de centellas: andad á la luz de vuestro fuego, y á las centellas que encendisteis. De mi mano os vendrá esto; en dolor seréis sepultados.
Tus hijos desmayaron, estuvieron tendidos en las encrucijadas de todos los caminos, como buey montaraz en la red, llenos del furor de Jehová, de la ira del Dios tuyo.
Empero él rociará muchas gentes: los reyes cerrarán sobre él sus bocas; porque verán lo que nunca les fué contado, y entenderán lo que jamás habían oído.
Y dispúsose con los impíos su sepultura, mas con los ricos fué en su muerte; porque nunca hizo él maldad, ni hubo engaño en su boca.
Del trabajo de su alma verá y será saciado; con su conocimiento justificará mi siervo justo á muchos, y él llevará las iniquidades de ellos.
A TODOS los sedientos: Venid á las aguas; y los que no tienen dinero, venid, comprad, y comed. Venid, comprad, sin dinero y sin precio, vino y leche.
Porque mis pensamientos no son vuestros pensamientos, ni vuestros caminos mis caminos, dijo Jehová.
PERECE el justo, y no hay quien pare mientes; y los píos son recogidos, y no hay quien entienda que delante de la aflicción es recogido el justo.
En la multitud de tus caminos te cansaste, mas no dijiste: No hay remedio; hallaste la vida de tu mano, por tanto no te arrepentiste.
Y dirá: Allanad, allanad; barred el camino, quitad los tropiezos del camino de mi pueblo.
Por la iniquidad de su codicia me enojé y heríle, escondí mi rostro y ensañéme; y fué él rebelde por el camino de su corazón.
CLAMA á voz en cuello, no te detengas; alza tu voz como trompeta, y anuncia á mi pueblo su rebelión, y á la casa de Jacob su pecado.
Entonces invocarás, y oirte ha Jehová; clamarás, y dirá él: Heme aquí. Si quitares de en medio de ti el yugo, el extender el dedo, y hablar vanidad;
Y si derramares tu alma al hambriento, y saciares el alma afligida, en las tinieblas nacerá tu luz, y tu oscuridad será como el medio día;
Y Jehová te pastoreará siempre, y en las sequías hartará tu alma, y engordará tus huesos; y serás como huerta de riego, y como manadero de aguas, cuyas aguas nunca faltan.
Y la verdad fué detenida; y el que se apartó del mal, fué puesto en presa: y viólo Jehová, y desagradó en sus ojos, porque pereció el derecho.
Juró Jehová por su mano derecha, y por el brazo de su fortaleza: Que jamás daré tu trigo por comida á tus enemigos, ni beberán los extraños el vino que tú trabajaste:
Y llamarles han Pueblo Santo, Redimidos de Jehová; y á ti te llamarán Ciudad Buscada, no desamparada.
¿Por qué es bermejo tu vestido, y tus ropas como del que ha pisado en lagar?
¿El que los condujo por los abismos, como un caballo por el desierto, sin que tropezaran?
Ni nunca oyeron, ni oídos percibieron, ni ojo ha visto Dios fuera de ti, que hiciese por el que en él espera.
Pueblo que en mi cara me provoca de continuo á ira, sacrificando en huertos, y ofreciendo perfume sobre ladrillos;
Que dicen: Estáte en tu lugar, no te llegues á mí, que soy más santo que tú: éstos son humo en mi furor, fuego que arde todo el día.
He aquí que escrito está delante de mí; no callaré, antes retornaré, y daré el pago en su seno,
No edificarán, y otro morará; no plantarán, y otro comerá: porque según los días de los árboles serán los días de mi pueblo, y mis escogidos perpetuarán las obras de sus manos.
Voz de alboroto de la ciudad, voz del templo, voz de Jehová que da el pago á sus enemigos.
Alegraos con Jerusalem, y gozaos con ella, todos los que la amáis: llenaos con ella de gozo, todos los que os enlutáis por ella:
Para que maméis y os saciéis de los pechos de sus consolaciones; para que ordeñéis, y os deleitéis con el resplandor de su gloria.
Y pondré entre ellos señal, y enviaré de los escapados de ellos á las gentes, á Tarsis, á Pul y Lud, que disparan arco, á Tubal y á Javán, á las islas apartadas que no oyeron de mí, ni vieron mi gloria; y publicarán mi gloria entre las gentes.
Y tomaré también de ellos para sacerdotes y Levitas, dice Jehová.
Y saldrán, y verán los cadáveres de los hombres que se rebelaron contra mí: porque su gusano nunca morirá, ni su fuego se apagará; y serán abominables á toda carne.
La palabra de Jehová que fué á él en los días de Josías hijo de Amón, rey de Judá, en el año décimotercio de su reinado.
No temas delante de ellos, porque contigo soy para librarte, dice Jehová.
Y la palabra de Jehová fué á mí, diciendo: ¿Qué ves tú, Jeremías? Y dije: Yo veo una vara de almendro.
Espantaos, cielos, sobre esto, y horrorizaos; desolaos en gran manera, dijo Jehová.
¿No te acarreó esto tu dejar á Jehová tu Dios, cuando te hacía andar por camino?
Aunque te laves con lejía, y amontones jabón sobre ti, tu pecado está sellado delante de mí, dijo el Señor Jehová.
Como se avergüenza el ladrón cuando es tomado, así se avergonzarán la casa de Israel, ellos, sus reyes, sus príncipes, sus sacerdotes, y sus profetas;
¡Oh generación! ved vosotros la palabra de Jehová. ¿He sido yo á Israel soledad, ó tierra de tinieblas? ¿Por qué ha dicho mi pueblo: Señores somos; nunca más vendremos á ti?
Y dices: Porque soy inocente, de cierto su ira se apartó de mí. He aquí yo entraré en juicio contigo, porque dijiste: No he pecado.
A lo menos desde ahora, ¿no clamarás á mí, Padre mío, guiador de mi juventud?
Y dije después que hizo todo esto: Vuélvete á mí; mas no se volvió. Y vió la rebelde su hermana Judá,
Que yo lo había visto; que por todas estas causas en las cuales fornicó la rebelde Israel, yo la había despedido, y dádole la carta de su repudio; y no tuvo temor la rebelde Judá su hermana, sino que también fué ella y fornicó.
Voz sobre las alturas fué oída, llanto de los ruegos de los hijos de Israel; porque han torcido su camino, de Jehová su Dios se han olvidado.
Convertíos, hijos rebeldes, sanaré vuestras rebeliones. He aquí nosotros venimos á ti; porque tú eres Jehová nuestro Dios.
En aquel tiempo se dirá de este pueblo y de Jerusalem: Viento seco de las alturas del desierto vino á la hija de mi pueblo, no para aventar, ni para limpiar.
Como las guardas de las heredades, estuvieron sobre ella en derredor, porque se rebeló contra mí, dice Jehová.
Oh Jehová, ¿no miran tus ojos á la verdad? Azotástelos, y no les dolió; consumístelos, y no quisieron recibir corrección; endurecieron sus rostros más que la piedra, no quisieron tornarse.
Empero en aquellos días, dice Jehová, no os acabaré del todo.
Denunciad guerra contra ella: levantaos y subamos hacia el mediodía. ¡Ay de nosotros! que va cayendo ya el día, que las sombras de la tarde se han extendido.
Corrígete, Jerusalem, porque no se aparte mi alma de ti, porque no te torne desierta, tierra no habitada.
¿A quién tengo de hablar y amonestar, para que oigan? He aquí que sus orejas son incircuncisas, y no pueden escuchar; he aquí que la palabra de Jehová les es cosa vergonzosa, no la aman.
Por tanto estoy lleno de saña de Jehová, trabajado he por contenerme; derramaréla sobre los niños en la calle, y sobre la reunión de los jóvenes juntamente; porque el marido también será preso con la mujer, el viejo con el lleno de días.
Así dijo Jehová: Paraos en los caminos, y mirad, y preguntad por las sendas antiguas, cuál sea el buen camino, y andad por él, y hallaréis descanso para vuestra alma. Mas dijeron: No andaremos.
Por fortaleza te he puesto en mi pueblo, por torre: conocerás pues, y examinarás el camino de ellos.
Todos ellos príncipes rebeldes, andan con engaño; son cobre y hierro: todos ellos son corruptores.
Quemóse el fuelle, del fuego se ha consumido el plomo: por demás fundió el fundidor, pues los malos no son arrancados.
PALABRA que fué de Jehová á Jeremías, diciendo:
Los hijos cogen la leña, y los padres encienden el fuego, y las mujeres amasan la masa, para hacer tortas á la reina del cielo y para hacer ofrendas á dioses ajenos, por provocarme á ira.
Así ha dicho Jehová de los ejércitos, Dios de Israel: Añadid vuestros holocaustos sobre vuestros sacrificios, y comed carne.
Y han edificado los altos de Topheth, que es en el valle del hijo de Hinnom, para quemar al fuego sus hijos y sus hijas, cosa que yo no les mandé, ni subió en mi corazón.
Y haré cesar de las ciudades de Judá, y de la calles de Jerusalem, voz de gozo y voz de alegría, voz de esposo y voz de esposa; porque la tierra será en desolación.
Escuché y oí; no hablan derecho, no hay hombre que se arrepienta de su mal, diciendo: ¿Qué he hecho? Cada cual se volvió á su carrera, como caballo que arremete con ímpetu á la batalla.
¿Hanse avergonzado de haber hecho abominación? Por cierto no se han corrido de vergüenza, ni supieron avergonzarse; caerán por tanto entre los que cayeren, cuando los visitaré: caerán, dice Jehová.
A causa de mi fuerte dolor mi corazón desfallece en mí.
¿No hay bálsamo en Galaad? ¿no hay allí médico? ¿Por qué pues no hubo medicina para la hija de mi pueblo?
Antes se fueron tras la imaginación de su corazón, y en pos de los Baales que les enseñaron sus padres:
Habla: Así ha dicho Jehová: Los cuerpos de los hombres muertos caerán como estiércol sobre la haz del campo, y como manojo tras el segador, que no hay quien lo recoja.
Así dijo Jehová: No se alabe el sabio en su sabiduría, ni en su valentía se alabe el valiente, ni el rico se alabe en sus riquezas.
OID la palabra que Jehová ha hablado sobre vosotros, oh casa de Israel.
Mi tienda es destruída, y todas mis cuerdas están rotas: mis hijos fueron sacados de mí, y perecieron: no hay ya más quien extienda mi tienda, ni quien levante mis cortinas.
Conozco, oh Jehová, que el hombre no es señor de su camino, ni del hombre que camina es ordenar sus pasos.
Castígame, oh Jehová, mas con juicio; no con tu furor, porque no me aniquiles.
Oid las palabras de este pacto, y hablad á todo varón de Judá, y á todo morador de Jerusalem.
Y les dirás tú: Así dijo Jehová Dios de Israel: Maldito el varón que no obedeciere las palabras de este pacto,
Para que confirme el juramento que hice á vuestros padres, que les daría la tierra que corre leche y miel, como este día. Y respondí, y dije: Amén, oh Jehová.
Pues Jehová de los ejércitos, que te plantó, ha pronunciado mal contra ti, á causa de la maldad de la casa de Israel y de la casa de Judá, que hicieron á sí mismos, provocándome á ira con incensar á Baal.
Sembraron trigo, y segarán espinas; tuvieron la heredad, mas no aprovecharon nada: se avergonzarán de vuestros frutos, á causa de la ardiente ira de Jehová.
Y será que, si cuidadosamente aprendieren los caminos de mi pueblo, para jurar en mi nombre, diciendo, Vive Jehová, así como enseñaron á mi pueblo á jurar por Baal; ellos serán prosperados en medio de mi pueblo.
Dad gloria á Jehová Dios vuestro, antes que haga venir tinieblas, y antes que vuestros pies tropiecen en montes de oscuridad, y esperéis luz, y os la torne sombra de muerte y tinieblas.
Esta es tu suerte, la porción de tus medidas de parte mía, dice Jehová; porque te olvidaste de mí, y confiaste en la mentira.
Si nuestras iniquidades testifican contra nosotros, oh Jehová, haz por amor de tu nombre; porque nuestras rebeliones se han multiplicado, contra ti pecamos.
Y el pueblo á quien profetizan, echado será en las calles de Jerusalem por hambre y por espada; y no habrá quien los entierre, ellos, y sus mujeres, y sus hijos, y sus hijas; y sobre ellos derramaré su maldad.
Y enviaré sobre ellos cuatro géneros, dice Jehová: cuchillo para matar, y perros para despedazar, y aves del cielo y bestias de la tierra, para devorar y para disipar.
Porque ¿quién tendrá compasión de ti, oh Jerusalem? ¿ó quién se entristecerá por tu causa? ¿ó quién ha de venir á preguntar por tu paz?
Y librarte he de la mano de los malos, y te redimiré de la mano de los fuertes.
De dolorosas enfermedades morirán; no serán plañidos ni enterrados: serán por muladar sobre la haz de la tierra: y con cuchillo y con hambre serán consumidos, y sus cuerpos serán para comida de las aves del cielo y de las bestias de la tierra.
Entonces les dirás: Porque vuestros padres me dejaron, dice Jehová, y anduvieron en pos de dioses ajenos, y los sirvieron, y á ellos se encorvaron, y me dejaron á mí, y no guardaron mi ley;
Porque mis ojos están sobre todos sus caminos, los cuales no se me ocultaron, ni su maldad se esconde de la presencia de mis ojos.
¿Ha de hacer el hombre dioses para sí? mas ellos no son dioses.
Así me ha dicho Jehová: Ve, y ponte á la puerta de los hijos del pueblo, por la cual entran y salen los reyes de Judá, y á todas las puertas de Jerusalem,
Mas si no me oyereis para santificar el día del sábado, y para no traer carga ni meterla por las puertas de Jerusalem en día de sábado, yo haré encender fuego en sus puertas, y consumirá los palacios de Jerusalem, y no se apagará.
Para poner su tierra en desolación, y en silbos perpetuos; todo aquel que pasare por ella se maravillará, y meneará su cabeza.
Y dijeron: Venid, y tracemos maquinaciones contra Jeremías; porque la ley no faltará del sacerdote, ni consejo del sabio, ni palabra del profeta. Venid é hirámoslo de lengua, y no miremos á todas sus palabras.
Por tanto, entrega sus hijos á hambre, y hazlos derramar por medio de la espada; y queden sus mujeres sin hijos, y viudas; y sus maridos sean puestos á muerte, y sus jóvenes heridos á cuchillo en la guerra.
Y edificaron alto á Baal, para quemar con fuego sus hijos en holocaustos al mismo Baal; cosa que no les mandé, ni hablé, ni me vino al pensamiento.
Así haré á este lugar, dice Jehová, y á sus moradores, poniendo esta ciudad como Topheth.
Así ha dicho Jehová de los ejércitos, Dios de Israel: He aquí yo traigo sobre esta ciudad y sobre todas sus villas todo el mal que hablé contra ella: porque han endurecido su cerviz, para no oir mis palabras.
Porque oí la murmuración de muchos, temor de todas partes: Denunciad, y denunciaremos. Todos mis amigos miraban si claudicaría. Quizá se engañará, decían, y prevaleceremos contra él, y tomaremos de él nuestra venganza.
Maldito el hombre que dió nuevas á mi padre, diciendo, Hijo varón te ha nacido, haciéndole alegrarse así mucho.
Pregunta ahora por nosotros á Jehová; porque Nabucodonosor rey de Babilonia hace guerra contra nosotros: quizá Jehová hará con nosotros según todas sus maravillas, y aquél se irá de sobre nosotros.
Y heriré los moradores de esta ciudad; y los hombres y las bestias morirán de pestilencia grande.
El que se quedare en esta ciudad, morirá á cuchillo, ó de hambre, ó pestilencia: mas el que saliere, y se pasare á los Caldeos que os tienen cercados, vivirá, y su vida le será por despojo.
ASÍ dijo Jehová: Desciende á la casa del rey de Judá, y habla allí esta palabra,
Y te entregaré en mano de los que buscan tu alma, y en mano de aquellos cuya vista temes; sí, en mano de Nabucodonosor rey de Babilonia, y en mano de los Caldeos.
En sus días será salvo Judá, é Israel habitará confiado: y este será su nombre que le llamarán: JEHOVÁ, JUSTICIA NUESTRA.
Sino: Vive Jehová que hizo subir y trajo la simiente de la casa de Israel de tierra del aquilón, y de todas las tierras adonde los había yo echado; y habitarán en su tierra.
Porque la tierra está llena de adúlteros: porque á causa del juramento la tierra está desierta; las cabañas del desierto se secaron; la carrera de ellos fué mala, y su fortaleza no derecha.
Y en los profetas de Jerusalem he visto torpezas: cometían adulterios, y andaban en mentiras, y esforzaban las manos de los malos, para que ninguno se convirtiese de su malicia: fuéronme todos ellos como Sodoma, y sus moradores como Gomorra.
Porque ¿quién estuvo en el secreto de Jehová, y vió, y oyó su palabra? ¿quién estuvo atento á su palabra, y oyó?
¿Ocultaráse alguno, dice Jehová, en escondrijos que yo no lo vea? ¿No hincho yo, dice Jehová, el cielo y la tierra?
¿Hasta cuándo será esto en el corazón de los profetas que profetizan mentira, y que profetizan el engaño de su corazón?
He aquí yo contra los profetas, dice Jehová, que endulzan sus lenguas, y dicen: El ha dicho.
Así dirás al profeta: ¿Qué te respondió Jehová, y qué habló Jehová?
Y díjome Jehová: ¿Qué ves tú, Jeremías? Y dije: Higos, higos buenos, muy buenos; y malos, muy malos, que de malos no se pueden comer.
Y toda esta tierra será puesta en soledad, en espanto; y servirán estas gentes al rey de Babilonia setenta años.
Y traeré sobre aquella tierra todas mis palabras que he hablado contra ella, con todo lo que está escrito en este libro, profetizado por Jeremías contra todas gentes.
Porque así me dijo Jehová Dios de Israel: Toma de mi mano el vaso del vino de este furor, y da á beber de él á todas las gentes á las cuales yo te envío.
Tú pues, profetizarás á ellos todas estas palabras, y les dirás: Jehová bramará desde lo alto, y desde la morada de su santidad dará su voz: enfurecido bramará sobre su morada; canción de lagareros cantará contra todos los moradores de la tierra.
Llegó el estruendo hasta el cabo de la tierra; porque juicio de Jehová con las gentes: él es el Juez de toda carne; entregará los impíos á cuchillo, dice Jehová.
Aullad, pastores, y clamad; y revolcaos en el polvo, mayorales del rebaño; porque cumplidos son vuestros días para ser vosotros degollados y esparcidos, y caeréis como vaso de codicia.
Así ha dicho Jehová: Ponte en el atrio de la casa de Jehová, y habla á todas las ciudades de Judá, que vienen para adorar en la casa de Jehová, todas las palabras que yo te mandé les hablases; no retengas palabra.
Entonces hablaron los sacerdotes y los profetas á los príncipes y á todo el pueblo, diciendo: En pena de muerte ha incurrido este hombre; porque profetizó contra esta ciudad, como vosotros habéis oído con vuestros oídos.
¿Matáronlo luego Ezechîas rey de Judá y todo Judá? ¿no temió á Jehová, y oró en presencia de Jehová, y Jehová se arrepintió del mal que había hablado contra ellos? ¿Haremos pues nosotros tan grande mal contra nuestras almas?
Y el rey Joacim envió hombres á Egipto, á Elnathán hijo de Acbor, y otros hombres con él, á Egipto;
EN el principio del reinado de Joacim hijo de Josías, rey de Judá, fué de Jehová esta palabra á Jeremías, diciendo:
No oigáis las palabras de los profetas que os hablan, diciendo: No serviréis al rey de Babilonia; porque os profetizan mentira.
Que no quitó Nabucodonosor rey de Babilonia, cuando trasportó de Jerusalem á Babilonia á Jechônías hijo de Joacim, rey de Judá, y á todos los nobles de Judá y de Jerusalem:
Y dijo Jeremías profeta: Amén, así lo haga Jehová. Confirme Jehová tus palabras, con las cuales profetizaste que los vasos de la casa de Jehová, y todos los trasportados, han de ser tornados de Babilonia á este lugar.
Y habló Hananías en presencia de todo el pueblo, diciendo: Así ha dicho Jehová: De esta manera quebraré el yugo de Nabucodonosor, rey de Babilonia, del cuello de todas las gentes dentro de dos años de días. Y fuése Jeremías su camino.
Así ha dicho Jehová de los ejércitos, Dios de Israel, á todos los de la cautividad que hice trasportar de Jerusalem á Babilonia:
Envía á decir á toda la transmigración: Así ha dicho Jehová de Semaías de Nehelam: Porque os profetizó Semaías, y yo no lo envié, y os hizo confiar en mentira:
Porque he aquí que vienen días, dice Jehová, en que tornaré la cautividad de mi pueblo Israel y Judá, ha dicho Jehová, y harélos volver á la tierra que dí á sus padres, y la poseerán.
He aquí yo los vuelvo de tierra del aquilón, y los juntaré de los fines de la tierra, y entre ellos ciegos y cojos, la mujer preñada y la parida juntamente; en grande compañía tornarán acá.
Irán con lloro, mas con misericordias los haré volver, y harélos andar junto á arroyos de aguas, por camino derecho en el cual no tropezarán: porque soy á Israel por padre, y Ephraim es mi primogénito.
Porque Jehová redimió á Jacob, redimiólo de mano del más fuerte que él.
Escuchando, he oído á Ephraim que se lamentaba: Azotásteme, y fuí castigado como novillo indómito: conviérteme y seré convertido; porque tú eres Jehová mi Dios.
Y será que, como tuve cuidado de ellos para arrancar y derribar, y trastornar y perder, y afligir, así tendré cuidado de ellos para edificar y plantar, dice Jehová.
No como el pacto que hice con sus padres el día que tomé su mano para sacarlos de tierra de Egipto; porque ellos invalidaron mi pacto, bien que fuí yo un marido para ellos, dice Jehová:
Y hará llevar á Sedechîas á Babilonia, y allá estará hasta que yo le visite, dice Jehová: si peleareis con los Caldeos, no os sucederá bien?
Y vino á mí Hanameel, hijo de mi tío, conforme á la palabra de Jehová, al patio de la cárcel, y díjome: Compra ahora mi heredad que está en Anathoth, en tierra de Benjamín, porque tuyo es el derecho de la herencia, y á ti compete la redención: cómprala para ti. Entonces conocí que era palabra de Jehová.
Y dí la carta de venta á Baruch hijo de Nerías, hijo de Maasías, delante de Hanameel el hijo de mi tío, y delante de los testigos que habían suscrito en la carta de venta, delante de todos los Judíos que estaban en el patio de la cárcel.
Grande en consejo, y magnífico en hechos: porque tus ojos están abiertos sobre todos los caminos de los hijos de los hombres, para dar á cada uno según sus caminos, y según el fruto de sus obras:
He aquí que yo soy Jehová, Dios de toda carne; ¿encubriráseme á mí alguna cosa?
Y daréles un corazón, y un camino, para que me teman perpetuamente, para que hayan bien ellos, y sus hijos después de ellos.
Así ha dicho Jehová que la hizo, Jehová que la formó para afirmarla; Jehová es su nombre:
Porque así ha dicho Jehová, Dios de Israel, acerca de las casas de esta ciudad, y de las casas de los reyes de Judá, derribadas con arietes y con hachas:
Y seráme á mí por nombre de gozo, de alabanza y de gloria, entre todas las gentes de la tierra, que habrán oído todo el bien que yo les hago; y temerán y temblarán de todo el bien y de toda la paz que yo les haré.
Porque así ha dicho Jehová: No faltará á David varón que se siente sobre el trono de la casa de Israel;
Y fué palabra de Jehová á Jeremías, diciendo:
Así ha dicho Jehová: Si no permaneciere mi concierto con el día y la noche, si yo no he puesto las leyes del cielo y la tierra,
Y fué palabra de Jehová á Jeremías, de parte de Jehová, diciendo:
He aquí, mandaré yo, dice Jehová, y harélos volver á esta ciudad, y pelearán contra ella, y la tomarán, y la abrasarán á fuego; y reduciré á soledad las ciudades de Judá, hasta no quedar morador.
Tomé entonces á Jaazanías hijo de Jeremías, hijo de Habassinías, y á sus hermanos, y á todos sus hijos, y á toda la familia de los Rechâbitas;
Y metílos en la casa de Jehová, en la cámara de los hijos de Hanán, hijo de Igdalías, varón de Dios, la cual estaba junto á la cámara de los príncipes, que estaba sobre la cámara de Maasías hijo de Sallum, guarda de los vasos.
Y fué palabra de Jehová á Jeremías, diciendo:
Y dijo Jeremías á la familia de los Rechâbitas: Así ha dicho Jehová de los ejércitos, Dios de Israel: Porque obedecisteis al mandamiento de Jonadab vuestro padre, y guardasteis todos sus mandamientos, é hicisteis conforme á todas las cosas que os mandó;
Quizá oirá la casa de Judá todo el mal que yo pienso hacerles, para volverse cada uno de su mal camino, y yo perdonaré su maldad y su pecado.
Entra tú pues, y lee de este rollo que escribiste de mi boca, las palabras de Jehová en oídos del pueblo, en la casa de Jehová, el día del ayuno; y las leerás también en oídos de todo Judá que vienen de sus ciudades.
Y aconteció en el año quinto de Joacim hijo de Josías, rey de Judá, en el mes noveno, que promulgaron ayuno en la presencia de Jehová, á todo el pueblo de Jerusalem, y á todo el pueblo que venía de las ciudades de Judá á Jerusalem.
Y Baruch leyó en el libro las palabras de Jeremías en la casa de Jehová, en la cámara de Gemarías hijo de Saphán escriba, en el atrio de arriba, á la entrada de la puerta nueva de la casa de Jehová, en oídos del pueblo.
Y dijéronle: Siéntate ahora, y léelo en nuestros oídos. Y leyó Baruch en sus oídos.
Y el rey estaba en la casa de invierno en el mes noveno, y había un brasero ardiendo delante de él;
Vuelve á tomar otro rollo, y escribe en él todas las palabras primeras, que estaban en el primer rollo que quemó Joacim, rey de Judá.
Por tanto, así ha dicho Jehová, en orden á Joacim rey de Judá: No tendrá quien se siente sobre el trono de David; y su cuerpo será echado al calor del día y al hielo de la noche.
Mas no obedeció él, ni sus siervos, ni el pueblo de la tierra á las palabras de Jehová, que dijo por el profeta Jeremías.
Entró pues Jeremías en la casa de la mazmorra, y en las camarillas. Y habiendo estado allá Jeremías por muchos días,
Entonces tomaron ellos á Jeremías, é hiciéronlo echar en la mazmorra de Malchîas hijo de Amelech, que estaba en el patio de la cárcel; y metieron á Jeremías con sogas. Y en la mazmorra no había agua, sino cieno; y hundióse Jeremías en el cieno.
Y dijo Ebed-melec Etiope á Jeremías: Pon ahora esos trapos viejos, traídos, y rotos, bajo los sobacos de tus brazos, debajo de las sogas. Y lo hizo así Jeremías.
Y dijo el rey Sedechîas á Jeremías: Témome á causa de los Judíos que se han adherido á los Caldeos, que no me entreguen en sus manos y me escarnezcan.
EN el noveno año de Sedechîas rey de Judá, en el mes décimo, vino Nabucodonosor rey de Babilonia con todo su ejército contra Jerusalem, y cercáronla.
Y los Caldeos pusieron á fuego la casa del rey y las casas del pueblo, y derribaron los muros de Jerusalem.
Y he aquí que yo habito en Mizpa, para estar delante de los Caldeos que vendrán á nosotros; mas vosotros, coged el vino, y el pan, y el aceite, y ponedlo en vuestros almacenes, y quedaos en vuestras ciudades que habéis tomado.
Y fué que cuando llegaron al medio de la ciudad, Ismael hijo de Nethanías los degolló, y echólos en medio de un aljibe, él y los hombres que con él estaban.
Y el aljibe en que echó Ismael todos los cuerpos de los hombres que hirió por causa de Gedalías, era el mismo que había hecho el rey Asa por causa de Baasa, rey de Israel: llenólo de muertos Ismael, hijo de Nethanías.
Y todo el pueblo que Ismael había traído cautivo de Mizpa, tornáronse, y volvieron, y fuéronse á Johanán hijo de Carea.
Y Johanán hijo de Carea, y todos los príncipes de la gente de guerra que con él estaban, tomaron todo el resto del pueblo que habían recobrado de Ismael hijo de Nethanías, de Mizpa, después que hirió á Gedalías hijo de Ahicam: hombres de guerra, y mujeres, y niños, y los eunucos que Johanán había hecho tornar de Gabaón;
Si os quedareis quietos en esta tierra, os edificaré, y no os destruiré; os plantaré, y no os arrancaré: porque arrepentido estoy del mal que os he hecho.
Será que el cuchillo que teméis, os alcanzará allí en tierra de Egipto, y el hambre de que tenéis temor, allá en Egipto se os pegará; y allí moriréis.
¿Por qué hicisteis errar vuestras almas? porque vosotros me enviasteis á Jehová vuestro Dios, diciendo: Ora por nosotros á Jehová nuestro Dios; y conforme á todas las cosas que Jehová nuestro Dios dijere, háznoslo saber así, y lo pondremos por obra.
No obedeció pues Johanán hijo de Carea, y todos los oficiales de la gente de guerra, y todo el pueblo, á la voz de Jehová para quedarse en tierra de Judá;
Ahora pues, así ha dicho Jehová de los ejércitos, Dios de Israel: ¿Por qué hacéis tan grande mal contra vuestras almas, para ser talados varón y mujer, niño y mamante, de en medio de Judá, sin que os quede residuo alguno;
Y del resto de Judá que entraron en tierra de Egipto para morar allí, no habrá quien escape, ni quien quede vivo, para volver á la tierra de Judá, por la cual suspiran ellos por volver para habitar allí: porque no volverán sino los que escaparen.
La palabra que nos has hablado en nombre de Jehová, no oímos de ti:
Mas desde que cesamos de ofrecer sahumerios á la reina del cielo, y de derramarle libaciones, nos falta todo, y á cuchillo y á hambre somos consumidos.
Así ha hablado Jehová de los ejércitos, Dios de Israel, diciendo: Vosotros y vuestras mujeres proferisteis con vuestras bocas, y con vuestras manos lo ejecutasteis, diciendo: Cumpliremos efectivamente nuestros votos que hicimos, de ofrecer sahumerios á la reina del cielo y de derramarle libaciones: confirmáis á la verdad vuestros votos, y ponéis vuestros votos por obra.
Denunciad en Egipto, y haced saber en Migdol: haced saber también en Noph y en Taphnes; decid: Para, y apercíbete; porque espada ha de devorar tu comarca.
Allí gritaron: Faraón rey de Egipto, rey de revuelta: dejó pasar el tiempo señalado.
Becerra hermosa Egipto; mas viene destrucción, del aquilón viene.
Cortaron su bosque, dice Jehová, porque no podrán ser contados; porque serán más que langostas, ni tendrán número.
¡Voz de clamor de Horonaim, destrucción y gran quebrantamiento!
¿Cómo diréis: Somos valientes, y robustos hombres para la guerra?
Compadeceos de él todos los que estáis alrededor suyo; y todos los que sabéis su nombre, decid: ¿Cómo se quebró la vara de fortaleza, el báculo de hermosura?
Por tanto yo aullaré sobre Moab, y sobre todo Moab haré clamor, y sobre los hombres de Kir-heres gemiré.
El que huyere del miedo, caerá en el hoyo; y el que saliere del hoyo, será preso del lazo: porque yo traeré sobre él, sobre Moab, año de su visitación, dice Jehová.
Empero haré tornar el cautiverio de Moab en lo postrero de los tiempos, dice Jehová. Hasta aquí es el juicio de Moab.
Por tanto, he aquí vienen días, ha dicho Jehová, en que haré oir en Rabba de los hijos de Ammón clamor de guerra; y será puesta en montón de asolamiento, y sus ciudades serán puestas á fuego, é Israel tomará por heredad á los que los tomaron á ellos, ha dicho Jehová.
Aulla, oh Hesbón, porque destruída es Hai; clamad, hijas de Rabba, vestíos de sacos, endechad, y rodead por los vallados, porque el rey de ellos fué en cautiverio, sus sacerdotes y sus príncipes juntamente.
¿Por qué te glorías de los valles? Tu valle se deshizo, oh hija contumaz, la que confía en sus tesoros, la que dice: ¿Quién vendrá contra mí?
Y después de esto haré tornar la cautividad de los hijos de Ammón, dice Jehová.
Como el trastornamiento de Sodoma y de Gomorra, y de sus ciudades vecinas, dice Jehová, no morará allí nadie, ni la habitará hijo de hombre.
He aquí que como león subirá de la hinchazón del Jordán contra la bella y robusta; porque muy pronto harélo correr de sobre ella, y al que fuere escogido la encargaré; porque ¿quién es semejante á mí? ¿y quién me emplazará? ¿y quién será aquel pastor que me podrá resistir?
He aquí que como águila subirá y volará, y extenderá sus alas sobre Bosra: y el corazón de los valientes de Edom será en aquel día como el corazón de mujer en angustias.
Y serán sus camellos por presa, y la multitud de sus ganados por despojo; y esparcirélos por todos vientos, echados hasta el postrer rincón; y de todos sus lados les traeré su ruina, dice Jehová.
Palabra de Jehová que fué á Jeremías profeta acerca de Elam, en el principio del reinado de Sedechîas rey de Judá, diciendo:
Por la ira de Jehová no será habitada, sino que asolada será toda ella; todo hombre que pasare por Babilonia se asombrará, y silbará sobre todas sus plagas.
En aquellos días y en aquel tiempo, dice Jehová, la maldad de Israel será buscada, y no parecerá; y los pecados de Judá, y no se hallarán: porque perdonaré á los que yo hubiere dejado.
¡Cómo fué cortado y quebrado el martillo de toda la tierra! ¡cómo se tornó Babilonia en desierto entre las gentes!
Matad todos sus novillos; vayan al matadero: ¡ay de ellos! que venido es su día, el tiempo de su visitación.
Cuchillo sobre los Caldeos, dice Jehová, y sobre los moradores de Babilonia, y sobre sus príncipes, y sobre sus sabios.
Del grito de la toma de Babilonia la tierra tembló, y el clamor se oyó entre las gentes.
Vanidad son, obra de irrisiones; en el tiempo de su visitación perecerán.
No es como ellos la parte de Jacob: porque él es el Formador de todo; é Israel es la vara de su heredad: Jehová de los ejércitos es su nombre.
Alzad bandera en la tierra, tocad trompeta en las naciones, apercibid gentes contra ella; juntad contra ella los reinos de Ararat, de Minni, y de Aschênaz; señalad contra ella capitán, haced subir caballos como langostas erizadas.
Y los vados fueron tomados, y los carrizos fueron quemados á fuego, y consternáronse los hombres de guerra.
Hacerlos he traer como corderos al matadero, como carneros con cabritos.
Sus ciudades fueron asoladas, la tierra seca y desierta, tierra que no morará en ella nadie, ni pasará por ella hijo de hombre.
Si subiese Babilonia al cielo, y si fortaleciere en lo alto su fuerza, de mí vendrán á ella destruidores, dice Jehová.
Y dijo Jeremías á Seraías: Cuando llegares á Babilonia, y vieres y leyeres todas estas cosas,
Y á causa de la ira de Jehová contra Jerusalem y Judá, fué el llegar á echarlos de su presencia: y rebelóse Sedechîas contra el rey de Babilonia.
Y fué entrada la ciudad, y todos los hombres de guerra huyeron, y saliéronse de la ciudad de noche por el camino del postigo de entre los dos muros, que había cerca del jardín del rey, y fuéronse por el camino del desierto, estando aún los Caldeos junto á la ciudad alrededor.
Y degolló el rey de Babilonia á los hijos de Sedechîas delante de sus ojos, y también degolló á todos los príncipes de Judá en Ribla.
Y quemó la casa de Jehová, y la casa del rey, y todas las casas de Jerusalem; y abrasó con fuego todo grande edificio.
Extendió su mano el enemigo á todas sus cosas preciosas; y ella ha visto entrar en su santuario las gentes, de las cuales mandaste que no entrasen en tu congregación.
Cortó con el furor de su ira todo el cuerno de Israel; hizo volver atrás su diestra delante del enemigo; y encendióse en Jacob como llama de fuego que ha devorado en contorno.
Entesó su arco como enemigo, afirmó su mano derecha como adversario, y mató toda cosa hermosa á la vista: en la tienda de la hija de Sión derramó como fuego su enojo.
Fué el Señor como enemigo, destruyó á Israel; destruyó todos sus palacios, disipó sus fortalezas: y multiplicó en la hija de Judá la tristeza y lamento.
Desechó el Señor su altar, menospreció su santuario, ha entregado en mano del enemigo los muros de sus palacios: dieron grita en la casa de Jehová como en día de fiesta.
Todos los que pasaban por el camino, batieron las manos sobre ti; silbaron, y movieron sus cabezas sobre la hija de Jerusalem, diciendo: ¿Es ésta la ciudad que decían de perfecta hermosura, el gozo de toda la tierra?
Guióme y llevóme en tinieblas, mas no en luz.
Como oso que acecha fué para mí, como león en escondrijos.
Nuevas son cada mañana; grande es tu fidelidad.
Antes si afligiere, también se compadecerá según la multitud de sus misericordias.
¿Quién será aquel que diga, que vino algo que el Señor no mandó?
Levantemos nuestros corazones con las manos á Dios en los cielos.
Desplegaste la ira, y nos perseguiste; mataste, no perdonaste.
Abogaste, Señor, la causa de mi alma; redimiste mi vida.
Persíguelos en tu furor, y quebrántalos de debajo de los cielos, oh Jehová.
Y aumentóse la iniquidad de la hija de mi pueblo más que el pecado de Sodoma, que fué trastornada en un momento, y no asentaron sobre ella compañías.
Oscura más que la negrura es la forma de ellos; no los conocen por las calles: su piel está pegada á sus huesos, seca como un palo.
Nunca los reyes de la tierra, ni todos los que habitan en el mundo, creyeron que el enemigo y el adversario entrara por las puertas de Jerusalem.
Es por los pecados de sus profetas, por las maldades de sus sacerdotes, que derramaron en medio de ella la sangre de los justos.
Ligeros fueron nuestros perseguidores más que las águilas del cielo: sobre los montes nos persiguieron, en el desierto nos pusieron emboscadas.
Cumplido es tu castigo, oh hija de Sión: nunca más te hará trasportar. Visitará tu iniquidad, oh hija de Edom; descubrirá tus pecados.
ACUÉRDATE, oh Jehová, de lo que nos ha sucedido: ve y mira nuestro oprobio.
Al Egipcio y al Asirio dimos la mano, para saciarnos de pan.
Nuestros padres pecaron, y son muertos; y nosotros llevamos sus castigos.
Y los animales corrían y tornaban á semejanza de relámpagos.
Y estando yo mirando los animales, he aquí una rueda en la tierra junto á los animales, á sus cuatro caras.
Cuando andaban, se movían sobre sus cuatro costados: no se volvían cuando andaban.
Y DÍJOME: Hijo del hombre, está sobre tus pies, y hablaré contigo.
Y levantéme, y salí al campo: y he aquí que allí estaba la gloria de Jehová, como la gloria que había visto junto al río de Chebar: y caí sobre mi rostro.
Y haré se pegue tu lengua á tu paladar, y estarás mudo, y no serás á ellos varón que reprende: porque son casa rebelde.
Y pondrás contra ella cerco, y edificarás contra ella fortaleza, y sacarás contra ella baluarte, y asentarás delante de ella campo, y pondrás contra ella arietes alrededor.
Y tú toma para ti trigo, y cebada, y habas, y lentejas, y mijo, y avena, y ponlo en una vasija, y hazte pan de ello el número de los días que durmieres sobre tu lado: trescientos y noventa días comerás de él.
Y tomarás otra vez de ellos, y los echarás en mitad del fuego, y en el fuego los quemarás: de allí saldrá el fuego en toda la casa de Israel.
Y cumpliráse mi furor, y haré que repose en ellos mi enojo, y tomaré satisfacción: y sabrán que yo Jehová he hablado en mi celo, cuando habré cumplido en ellos mi enojo.
Hijo del hombre, pon tu rostro hacia los montes de Israel, y profetiza contra ellos.
En todas vuestras habitaciones las ciudades serán desiertas, y los altos serán asolados, para que sean asolados y se hagan desiertos vuestros altares; y quebrados serán vuestros ídolos, y cesarán; y vuestras imágenes del sol serán destruídas, y vuestras obras serán deshechas.
Así ha dicho el Señor Jehová: Hiere con tu mano, y huella con tu pie, y di: ¡Ay de los males de la casa de Israel por todas las abominaciones! porque con cuchillo, y con hambre, y con pestilencia caerán.
Y tú, hijo del hombre, así ha dicho el Señor Jehová á la tierra de Israel: El fin, el fin viene sobre los cuatro cantones de la tierra.
Tocarán trompeta, y aparejarán todas las cosas, y no habrá quien vaya á la batalla: porque mi ira está sobre toda su multitud.
Y ACONTECIÓ en el sexto año, en el mes sexto, á los cinco del mes, que estaba yo sentado en mi casa, y los ancianos de Judá estaban sentados delante de mí, y allí cayó sobre mí la mano del Señor Jehová.
Y llevóme á la entrada de la puerta de la casa de Jehová, que está al aquilón; y he aquí mujeres que estaban allí sentadas endechando á Tammuz.
Y CLAMÓ en mis oídos con gran voz, diciendo: Los visitadores de la ciudad han llegado, y cada uno trae en su mano su instrumento para destruir.
Y he aquí que seis varones venían del camino de la puerta de arriba que está vuelta al aquilón, y cada uno traía en su mano su instrumento para destruir. Y entre ellos había un varón vestido de lienzos, el cual traía á su cintura una escribanía de escribano; y entrados, paráronse junto al altar de bronce.
Y díjome: La maldad de la casa de Israel y de Judá es grande sobremanera, pues la tierra está llena de sangres, y la ciudad está llena de perversidad: porque han dicho: Dejado ha Jehová la tierra, y Jehová no ve.
Y la gloria de Jehová se levantó del querubín al umbral de la puerta; y la casa fué llena de la nube, y el atrio se llenó del resplandor de la gloria de Jehová.
Y el estruendo de las alas de los querubines se oía hasta el atrio de afuera, como la voz del Dios Omnipotente cuando habla.
Cuando se paraban ellos, parábanse ellas, y cuando ellos se alzaban, alzábanse con ellos: porque el espíritu de los animales estaba en ellas.
Cuchillo habéis temido, y cuchillo traeré sobre vosotros, dice el Señor Jehová.
Y vendrán allá, y quitarán de ella todas sus torpezas, y todas sus abominaciones.
Y FUÉ á mí palabra de Jehová, diciendo:
Por tanto tú, hijo del hombre, hazte aparejos de marcha, y pártete de día delante de sus ojos; y te pasarás de tu lugar á otro lugar á vista de ellos, por si tal vez atienden, porque son casa rebelde.
Delante de sus ojos los llevarás sobre tus hombros, de noche los sacarás; cubrirás tu rostro, y no mirarás la tierra: porque en señal te he dado á la casa de Israel.
Diles: Así ha dicho el Señor Jehová: Al príncipe en Jerusalem es esta carga, y á toda la casa de Israel que está en medio de ellos.
Y al príncipe que está en medio de ellos llevarán á cuestas de noche, y saldrán; horadarán la pared para sacarlo por ella; cubrirá su rostro para no ver con sus ojos la tierra.
Mas yo extenderé mi red sobre él, y será preso en mi malla, y harélo llevar á Babilonia, á tierra de Caldeos; mas no la verá, y allá morirá.
Y fué á mí palabra de Jehová, diciendo:
Hijo del hombre, ¿qué refrán es este que tenéis vosotros en la tierra de Israel, diciendo: Prolongarse han los días, y perecerá toda visión?
Y fué á mí palabra de Jehová, diciendo:
No habéis subido á los portillos, ni echasteis vallado en la casa de Israel, estando en la batalla en el día de Jehová.
Vieron vanidad y adivinación de mentira. Dicen: Ha dicho Jehová; y Jehová no los envió: y hacen esperar que se confirme la palabra.
Los profetas de Israel que profetizan á Jerusalem, y ven para ella visión de paz, no habiendo paz, dice el Señor Jehová.
Por cuanto entristecisteis con mentira el corazón del justo, al cual yo no entristecí, y esforzasteis las manos del impío, para que no se apartase de su mal camino, infundiéndole ánimo;
Por tanto no veréis vanidad, ni más adivinaréis adivinación; y libraré mi pueblo de vuestra mano; y sabréis que yo soy Jehová.
Sin embargo, he aquí quedarán en ella algunos residuos, hijos é hijas, que serán llevados fuera: he aquí que ellos entrarán á vosotros, y veréis su camino y sus hechos; y tomaréis consolación del mal que hice venir sobre Jerusalem, de todas las cosas que traje sobre ella.
Y FUÉ á mí palabra de Jehová, diciendo:
Hijo del hombre, ¿qué es el palo de la vid más que todo palo? ¿qué es el sarmiento entre los maderos del bosque?
¿Tomarán de él madera para hacer alguna obra? ¿tomarán de él una estaca para colgar de ella algún vaso?
Y cuanto á tu nacimiento, el día que naciste no fué cortado tu ombligo, ni fuiste lavada con aguas para atemperarte, ni salada con sal, ni fuiste envuelta con fajas.
No hubo ojo que se compadeciese de ti, para hacerte algo de esto, teniendo de ti misericordia; sino que fuiste echada sobre la haz del campo, con menosprecio de tu vida, en el día que naciste.
En millares como la hierba del campo te puse, y fuiste aumentada y engrandecida, y viniste á ser adornada grandemente; los pechos te crecieron, y tu pelo brotó; mas tú estabas desnuda y descubierta.
Y te lavé con agua, y lavé tus sangres de encima de ti, y ungíte con aceite;
Mi pan también, que yo te había dado, la flor de la harina, y el aceite, y la miel, con que yo te mantuve, pusiste delante de ellas para olor suave; y fué así, dice el Señor Jehová.
Por cuanto no te acordaste de los días de tu mocedad, y me provocaste á ira en todo esto, por eso, he aquí yo también he tornado tu camino sobre tu cabeza, dice el Señor Jehová; pues ni aun has pensado sobre todas tus abominaciones.
Y tu hermana mayor es Samaria con su hijas, la cual habita á tu mano izquierda; y tu hermana la menor que tú es Sodoma con sus hijas, la cual habita á tu mano derecha.
Tú también, que juzgaste á tus hermanas, lleva tu vergüenza en tus pecados que hiciste más abominables que ellas: más justas son que tú: avergüénzate pues tú también, y lleva tu confusión, pues que has justificado á tus hermanas.
Antes que tu maldad se descubriese, como en el tiempo de la vergüenza de las hijas de Siria y de todas las hijas de los Filisteos alrededor, que te menosprecian en contorno.
Empero así ha dicho el Señor Jehová: ¿Haré yo contigo como tú hiciste, que menospreciaste el juramento para invalidar el pacto?
Y FUÉ á mí palabra de Jehová, diciendo:
Arrancó el principal de sus renuevos, y llevólo á la tierra de mercaderes, y púsolo en la ciudad de los negociantes.
En el monte alto de Israel lo plantaré, y alzará ramos, y llevará fruto, y haráse magnífico cedro; y habitarán debajo de él todas las aves, toda cosa que vuela habitará á la sombra de sus ramos.
Y si dijereis: ¿Por qué el hijo no llevará por el pecado de su padre? Porque el hijo hizo juicio y justicia, guardó todas mis ordenanzas, y las hizo, de cierto vivirá.
Todas sus rebeliones que cometió, no le serán recordadas: en su justicia que hizo vivirá.
Por tanto, yo os juzgaré á cada uno según sus caminos, oh casa de Israel, dice el Señor Jehová. Convertíos, y volveos de todas vuestras iniquidades; y no os será la iniquidad causa de ruina.
Tu madre fué como una vid en tu sangre, plantada junto á las aguas, haciendo fruto y echando vástagos á causa de las muchas aguas.
Con todo, á causa de mi nombre, porque no se infamase en los ojos de las gentes en medio de las cuales estaban, en cuyos ojos fuí conocido de ellos, hice para sacarlos de tierra de Egipto.
Y también yo les alcé mi mano en el desierto, que no los metería en la tierra que les dí, que fluye leche y miel, la cual es la más hermosa de todas las tierras;
Y los hijos se rebelaron contra mí: no anduvieron en mis ordenanzas, ni guardaron mis derechos para ponerlos por obra, los cuales el hombre que los cumpliere, vivirá en ellos; profanaron mis sábados. Dije entonces que derramaría mi ira sobre ellos, para cumplir mi enojo en ellos en el desierto.
Porque yo los metí en la tierra sobre la cual había alzado mi mano que les había de dar, y miraron á todo collado alto, y á todo árbol espeso, y allí sacrificaron sus víctimas, y allí presentaron la irritación de sus ofrendas, allí pusieron también el olor de su suavidad, y allí derramaron sus libaciones.
Y os sacaré de entre los pueblos, y os juntaré de las tierras en que estáis esparcidos, con mano fuerte, y brazo extendido, y enojo derramado:
Y os haré pasar bajo de vara y os traeré en vínculo de concierto;
Y sabrá toda carne que yo Jehová saqué mi espada de su vaina; no volverá más.
Del revés, del revés, del revés la tornaré; y no será ésta más, hasta que venga aquel cuyo es el derecho, y se la entregaré.
Te profetizan vanidad, adivínante mentira, para entregarte con los cuellos de los malos sentenciados á muerte, cuyo día vino en tiempo de la consumación de la maldad.
Y FUÉ á mí palabra de Jehová, diciendo:
Y tú, hijo del hombre, ¿no juzgarás tú, no juzgarás tú á la ciudad derramadora de sangre, y le mostrarás todas sus abominaciones?
Calumniadores hubo en ti para derramar sangre; y sobre los montes comieron en ti: hicieron en medio de ti suciedades.
La desnudez del padre descubrieron en ti; la inmunda de menstruo forzaron en ti.
¿Estará firme tu corazón? ¿tus manos serán fuertes en los días que obraré yo contra ti? Yo Jehová he hablado, y harélo.
Y puso sus fornicaciones con ellos, con todos los más escogidos de los hijos de los Asirios, y con todos aquellos de quienes se enamoró: contaminóse con todos los ídolos de ellos.
Por lo cual la entregué en mano de sus amantes, en mano de los hijos de los Asirios, de quienes se había enamorado.
Aun multiplicó sus fornicaciones trayendo en memoria los días de su mocedad, en los cuales había fornicado en la tierra de Egipto.
Y enamoróse de sus rufianes, cuya carne es como carne de asnos, y cuyo flujo como flujo de caballos.
Así tornaste á la memoria la suciedad de tu mocedad, cuando comprimieron tus pechos en Egipto por los pechos de tu mocedad.
Y haré cesar de ti tu suciedad, y tu fornicación de la tierra de Egipto: ni más levantarás á ellos tus ojos, ni nunca más te acordarás de Egipto.
En el camino de tu hermana anduviste: yo pues pondré su cáliz en tu mano.
Y cuanto más, que enviaron por hombres que vienen de lejos, á los cuales había sido enviado mensajero: y he aquí vinieron; y por amor de ellos te lavaste, y alcoholaste tus ojos, y te ataviaste con adornos:
Y sobre vosotras pondrán vuestra obscenidad, y llevaréis los pecados de vuestros ídolos; y sabréis que yo soy el Señor Jehová.
Y habla á la casa de rebelión por parábola, y diles: Así ha dicho el Señor Jehová: Pon una olla, ponla, y echa también en ella agua:
Y yo les dije: Palabra de Jehová fué á mí, diciendo:
Hijo del hombre, pon tu rostro hacia los hijos de Ammón, y profetiza sobre ellos.
Y pondré á Rabba por habitación de camellos, y á los hijos de Ammón por majada de ovejas; y sabréis que yo soy Jehová.
Y ACONTECIÓ en el undécimo año, en el primero del mes, que fué á mí palabra de Jehová, diciendo:
Y demolerán los muros de Tiro, y derribarán sus torres: y raeré de ella su polvo, y la dejaré como una peña lisa.
Y pondrá contra ella arietes, contra tus muros, y tus torres destruirá con sus martillos.
Y robarán tus riquezas, y saquearán tus mercaderías: y arruinarán tus muros, y tus casas preciosas destruirán; y pondrán tus piedras y tu madera y tu polvo en medio de las aguas.
Y te pondré como una peña lisa: tendedero de redes serás; ni nunca más serás edificada: porque yo Jehová he hablado, dice el Señor Jehová.
Porque así ha dicho el Señor Jehová: Yo te tornaré ciudad asolada, como las ciudades que no se habitan; haré subir sobre ti el abismo, y las muchas aguas te cubrirán.
Y los hijos de Arvad con tu ejército estuvieron sobre tus muros alrededor, y los Gammadeos en tus torres: sus escudos colgaron sobre tus muros alrededor; ellos completaron tu hermosura.
Judá, y la tierra de Israel, eran tus mercaderes: con trigos de Minith, y pannah, y miel, y aceite, y resina, dieron en tu mercado.
Dedán fué tu mercadera con paños preciosos para carros.
Cuando tus mercaderías salían de las naves, hartabas muchos pueblos: los reyes de la tierra enriqueciste con la multitud de tus riquezas y de tus contrataciones.
En el tiempo que serás quebrantada de los mares en los profundos de las aguas, tu comercio y toda tu compañía caerán en medio de ti.
De muerte de incircuncisos morirás por mano de extraños: porque yo he hablado, dice el Señor Jehová.
Y fué á mí palabra de Jehová, diciendo:
Y habitarán en ella seguros, y edificarán casas, y plantarán viñas, y habitarán confiadamente, cuando yo haré juicios en todos los que los despojan en sus alrededores; y sabrán que yo soy Jehová su Dios.
Y tornaré á traer los cautivos de Egipto, y los volveré á la tierra de Patros, á la tierra de su habitación; y allí serán un reino bajo.
Por tanto, así ha dicho el Señor Jehová: He aquí que yo doy á Nabucodonosor, rey de Babilonia, la tierra de Egipto; y él tomará su multitud, y cogerá sus despojos, y arrebatará su presa, y habrá paga para su ejército.
Por su trabajo con que sirvió contra ella le he dado la tierra de Egipto: porque trabajaron por mí, dice el Señor Jehová.
Y FUÉ á mí palabra de Jehová, diciendo:
Y serán asolados entre las tierras asoladas, y sus ciudades serán entre las ciudades desiertas.
Y sabrán que yo soy Jehová, cuando pusiere fuego á Egipto, y fueren quebrantados todos sus ayudadores.
Los mancebos de Avén y de Pibeseth caerán á cuchillo; y ellas irán en cautiverio.
Haré pues juicios en Egipto y sabrán que yo soy Jehová.
Por tanto, se encumbró su altura sobre todos los árboles del campo, y multiplicáronse sus ramos, y á causa de las muchas aguas se alargaron sus ramas que había echado.
Por tanto, así dijo el Señor Jehová: Por cuanto te encumbraste en altura, y puso su cumbre entre densas ramas, y su corazón se elevó con su altura,
Sobre su ruina habitarán todas las aves del cielo, y sobre su ramas estarán todas las bestias del campo:
¿A quién te has comparado así en gloria y en grandeza entre los árboles de Edén? Pues derribado serás con los árboles de Edén en la tierra baja: entre los incircuncisos yacerás, con los muertos á cuchillo. Este es Faraón y todo su pueblo, dice el Señor Jehová.
Hijo del hombre, levanta endechas sobre Faraón rey de Egipto, y dile: A leoncillo de gentes eres semejante, y eres como la ballena en los mares: que secabas tus ríos, y enturbiabas las aguas con tus pies, y hollabas sus riberas.
Así ha dicho el Señor Jehová: Yo extenderé sobre ti mi red con reunión de muchos pueblos, y te harán subir con mi esparavel.
Porque eres tan hermoso, desciende, y yace con los incircuncisos.
Tú pues serás quebrantado entre los incircuncisos, y yacerás con los muertos á cuchillo.
Porque yo puse mi terror en la tierra de los vivientes, también yacerá entre los incircuncisos con los muertos á cuchillo, Faraón y toda su multitud, dice el Señor Jehová.
Y si tú avisares al impío de su camino para que de él se aparte, y él no se apartare de su camino, por su pecado morirá él, y tú libraste tu vida.
Cuando el justo se apartare de su justicia, é hiciere iniquidad, morirá por ello.
Por tanto, pastores, oid palabra de Jehová:
Mas vosotras, ovejas mías, así ha dicho el Señor Jehová: He aquí yo juzgo entre oveja y oveja, entre carneros y machos cabríos.
Por cuanto tuviste enemistades perpetuas, y esparciste los hijos de Israel á poder de espada en el tiempo de su aflicción, en el tiempo extremadamente malo;
Y henchiré sus montes de sus muertos: en tus collados, y en tus valles, y en todos tus arroyos, caerán ellos muertos á cuchillo.
Y sabrás que yo Jehová he oído todas tus injurias que proferiste contra los montes de Israel, diciendo: Destruídos son, nos son dados á devorar.
Profetiza por tanto, y di: Así ha dicho el Señor Jehová: Pues por cuanto asolándoos y tragándoos de todas partes, para que fueseis heredad á las otras gentes, se os ha hecho andar en boca de lenguas, y ser el oprobio de los pueblos,
Y entrados á las gentes á donde fueron, profanaron mi santo nombre, diciéndose de ellos: Estos son pueblo de Jehová, y de su tierra de él han salido.
Y os daré corazón nuevo, y pondré espíritu nuevo dentro de vosotros; y quitaré de vuestra carne el corazón de piedra, y os daré corazón de carne.
Y pondré dentro de vosotros mi espíritu, y haré que andéis en mis mandamientos, y guardéis mis derechos, y los pongáis por obra.
Así ha dicho el Señor Jehová: Aun seré solicitado de la casa de Israel, para hacerles esto: multiplicarélos de hombres á modo de rebaños.
E hízome pasar cerca de ellos por todo alrededor: y he aquí que eran muy muchos sobre la haz del campo, y por cierto secos en gran manera.
Y profeticé como me había mandado, y entró espíritu en ellos, y vivieron, y estuvieron sobre sus pies, un ejército grande en extremo.
Júntalos luego el uno con el otro, para que sean en uno, y serán uno en tu mano.
Ni más se contaminarán con sus ídolos, y con sus abominaciones, y con todas sus rebeliones: y los salvaré de todas sus habitaciones en las cuales pecaron, y los limpiaré; y me serán por pueblo, y yo á ellos por Dios.
Y estará en ellos mi tabernáculo, y seré á ellos por Dios, y ellos me serán por pueblo.
Y dirás: Subiré contra tierra de aldeas, iré á gentes reposadas, y que habitan confiadamente: todos ellos habitan sin muros, no tienen cerrojos ni puertas:
Por tanto profetiza, hijo del hombre, y di á Gog: Así ha dicho el Señor Jehová: En aquel tiempo, cuando mi pueblo Israel habitará seguramente, ¿no lo sabrás tú?
Y enviaré fuego sobre Magog, y sobre los que moran seguramente en las islas; y sabrán que yo soy Jehová.
Y será en aquel tiempo, que yo daré á Gog lugar para sepultura allí en Israel, el valle de los que pasan al oriente de la mar, y obstruirá el paso á los transeuntes, pues allí enterrarán á Gog y á toda su multitud: y lo llamarán, El valle de Hamón-gog.
Enterrarlos ha todo el pueblo de la tierra: y será para ellos célebre el día que yo fuere glorificado, dice el Señor Jehová.
Y pasarán los que irán por el país, y el que viere los huesos de algún hombre, edificará junto á ellos un mojón, hasta que los entierren los sepultureros en el valle de Hamón-gog.
Y comeréis gordura hasta hartaros, y beberéis hasta embriagaros sangre, de mi sacrificio que yo os sacrifiqué.
Midió luego la entrada del portal, de ocho codos, y sus postes de dos codos; y la puerta del portal estaba por de dentro.
Y sus gradas eran de siete peldaños, con sus arcos delante de ellas; y tenía palmas, una de una parte, y otra de la otra, en sus postes.
Llevóme luego á la puerta del norte, y midió conforme á estas medidas:
Y sus postes caían fuera al atrio, con palmas á cada uno de sus postes de una parte y otra: y sus gradas eran de ocho peldaños.
Y dentro, ganchos de un palmo, dispuestos por todo alrededor; y sobre las mesas la carne de la ofrenda.
Y díjome: Esta cámara que mira hacia el mediodía es de los sacerdotes que tienen la guarda del templo.
La longitud del pórtico veinte codos, y la anchura once codos, al cual subían por gradas: y había columnas junto á los postes, una de un lado, y otra de otro.
Midió también su longitud, de veinte codos, y la anchura de veinte codos, delante del templo: y díjome: Este es el lugar santísimo.
Y la puerta de cada cámara salía al espacio que quedaba; una puerta hacia el norte, y otra puerta hacia el mediodía: y la anchura del espacio que quedaba era de cinco codos por todo alrededor.
Y midió la longitud del edificio que estaba delante del apartamiento que había detrás de él, y las cámaras de una parte y otra, cien codos; y el templo de dentro, y los portales del atrio.
Desde el suelo hasta encima de la puerta había labrados querubines y palmas, y por toda la pared del templo.
Y el templo y el santuario tenían dos portadas.
Y delante de las cámaras había un corredor de diez codos de ancho á la parte de adentro, con viaje de un codo; y sus puertas hacia el norte.
LLEVÓME luego á la puerta, á la puerta que mira hacia el oriente;
Ahora echarán lejos de mí su fornicación, y los cuerpos muertos de sus reyes, y habitaré en medio de ellos para siempre.
Tú, hijo del hombre, muestra á la casa de Israel esta casa, y avergüéncense de sus pecados, y midan la traza de ella.
Y el altar, de cuatro codos, y encima del altar, cuatro cuernos.
Y el altar tenía doce codos de largo, y doce de ancho, cuadrado á sus cuatro lados.
Darás á los sacerdotes Levitas que son del linaje de Sadoc, que se allegan á mí, dice el Señor Jehová, para ministrarme, un becerro de la vacada para expiación.
Y díjome Jehová: Esta puerta ha de estar cerrada: no se abrirá, ni entrará por ella hombre, porque Jehová Dios de Israel entró por ella; estará por tanto cerrada.
Para el príncipe; el príncipe, él se sentará en ella para comer pan delante de Jehová: por el camino de la entrada de la puerta entrará, y por el camino de ella saldrá.
Y no guardasteis el ordenamiento de mis santificaciones, sino que os pusisteis guardas de mi ordenanza en mi santuario.
Y no raparán su cabeza, ni dejarán crecer el cabello; sino que lo recortarán trasquilando sus cabezas.
Y CUANDO partiereis por suertes la tierra en heredad, apartaréis una suerte para Jehová que le consagréis en la tierra, de longitud de veinticinco mil cañas y diez mil de ancho: esto será santificado en todo su término alrededor.
De esto serán para el santuario quinientas de longitud, y quinientas de ancho, en cuadro alrededor; y cincuenta codos en derredor para sus ejidos.
Asimismo veinticinco mil de longitud, y diez mil de anchura, lo cual será para los Levitas ministros de la casa, en posesión, con veinte cámaras.
Mas del príncipe será el dar el holocausto, y el sacrificio, y la libación, en las solemnidades, y en las lunas nuevas, y en los sábados, y en todas las fiestas de la casa de Israel: él dispondrá la expiación, y el presente, y el holocausto, y los pacíficos, para expiar la casa de Israel.
Y hará presente de un epha con el becerro, y un epha con cada carnero: mas con los corderos, conforme á su facultad; y un hin de aceite por cada epha.
Mas si de su heredad diere don á alguno de sus siervos, será de él hasta el año de libertad, y volverá al príncipe; mas su herencia será de sus hijos.
Y sacóme por el camino de la puerta del norte, é hízome rodear por el camino fuera de la puerta, por de fuera al camino de la que mira al oriente: y he aquí las aguas que salían al lado derecho.
Y las cinco mil cañas de anchura que quedan de las veinticinco mil, serán profanas, para la ciudad, para habitación y para ejido; y la ciudad estará en medio.
Todo el apartado de veinticinco mil cañas por veinticinco mil en cuadro, apartaréis por suerte para el santuario, y para la posesión de la ciudad.
Y del príncipe será lo que quedare de la una parte y de la otra de la suerte santa, y de la posesión de la ciudad, es á saber, delante de las veinticinco mil cañas de la suerte hasta el término oriental, y al occidente delante de las veinticinco mil hasta el término occidental, delante de las partes dichas será del príncipe: y suerte santa será; y el santuario de la casa estará en medio de ella.
Y el Señor entregó en sus manos á Joacim rey de Judá, y parte de los vasos de la casa de Dios, y trájolos á tierra de Sinar, á la casa de su dios: y metió los vasos en la casa del tesoro de su dios.
Y fueron entre ellos, de los hijos de Judá, Daniel, Ananías, Misael y Azarías:
Y en todo negocio de sabiduría é inteligencia que el rey les demandó, hallólos diez veces mejores que todos los magos y astrólogos que había en todo su reino.
Si no me mostráis el sueño, una sola sentencia será de vosotros. Ciertamente preparáis respuesta mentirosa y perversa que decir delante de mí, entre tanto que se muda el tiempo: por tanto, decidme el sueño, para que yo entienda que me podéis mostrar su declaración.
Entonces el rey engrandeció á Daniel, y le dió muchos y grandes dones, y púsolo por gobernador de toda la provincia de Babilonia, y por príncipe de los gobernadores sobre todos los sabios de Babilonia.
Y envió el rey Nabucodonosor á juntar los grandes, los asistentes y capitanes, oidores, receptores, los del consejo, presidentes, y á todos los gobernadores de las provincias, para que viniesen á la dedicación de la estatua que el rey Nabucodonosor había levantado.
Sadrach, Mesach, y Abed-nego respondieron y dijeron al rey Nabucodonosor: No cuidamos de responderte sobre este negocio.
Y porque la palabra del rey daba priesa, y había procurado que se encendiese mucho, la llama del fuego mató á aquellos que habían alzado á Sadrach, Mesach, y Abed-nego.
Nabucodonosor habló y dijo: Bendito el Dios de ellos, de Sadrach, Mesach, y Abed-nego, que envió su ángel, y libró sus siervos que esperaron en él, y el mandamiento del rey mudaron, y entregaron sus cuerpos antes que sirviesen ni adorasen otro dios que su Dios.
Entonces el rey engrandeció á Sadrach, Mesach, y Abed-nego en la provincia de Babilonia.
Entonces Daniel, cuyo nombre era Beltsasar, estuvo callando casi una hora, y sus pensamientos lo espantaban: El rey habló, y dijo: Beltsasar, el sueño ni su declaración no te espante. Respondió Beltsasar, y dijo: Señor mío, el sueño sea para tus enemigos, y su declaración para los que mal te quieren.
En aquella misma hora salieron unos dedos de mano de hombre, y escribían delante del candelero sobre lo encalado de la pared del palacio real, y el rey veía la palma de la mano que escribía.
La declaración del negocio es: MENE: Contó Dios tu reino, y halo rematado.
Llegáronse luego, y hablaron delante del rey acerca del edicto real: ¿No has confirmado edicto que cualquiera que pidiere á cualquier dios ú hombre en el espacio de treinta días, excepto á ti, oh rey, fuese echado en el foso de los leones? Respondió el rey y dijo: Verdad es, conforme á la ley de Media y de Persia, la cual no se abroga.
El rey entonces, oyendo el negocio, pesóle en gran manera, y sobre Daniel puso cuidado para librarlo; y hasta puestas del sol trabajó para librarle.
Entonces se alegró el rey en gran manera á causa de él, y mandó sacar á Daniel del foso: y fué Daniel sacado del foso, y ninguna lesión se halló en él, porque creyó en su Dios.
Después de esto yo miraba, y he aquí otra, semejante á un tigre, y tenía cuatro alas de ave en sus espaldas: tenía también esta bestia cuatro cabezas; y fuéle dada potestad.
Yo entonces miraba á causa de la voz de las grandes palabras que hablaba el cuerno; miraba hasta tanto que mataron la bestia, y su cuerpo fué deshecho, y entregado para ser quemado en el fuego.
Miraba yo en la visión de la noche, y he aquí en las nubes del cielo como un hijo de hombre que venía, y llegó hasta el Anciano de grande edad, é hiciéronle llegar delante de él.
Y fuéle dado señorío, y gloria, y reino; y todos los pueblos, naciones y lenguas le sirvieron; su señorío, señorío eterno, que no será transitorio, y su reino que no se corromperá.
Y vilo que llegó junto al carnero, y levantóse contra él, é hiriólo, y quebró sus dos cuernos, porque en el carnero no había fuerzas para parar delante de él: derribólo por tanto en tierra, y hollólo; ni hubo quien librase al carnero de su mano.
Y el ejército fuéle entregado á causa de la prevaricación sobre el continuo sacrificio: y echó por tierra la verdad, é hizo cuanto quiso, y sucedióle prósperamente.
Y oí un santo que hablaba; y otro de los santos dijo á aquél que hablaba: ¿Hasta cuándo durará la visión del continuo sacrificio, y la prevaricación asoladora que pone el santuario y el ejército para ser hollados?
Vino luego cerca de donde yo estaba; y con su venida me asombré, y caí sobre mi rostro. Empero él me dijo: Entiende, hijo del hombre, porque al tiempo se cumplirá la visión.
Y el macho cabrío es el rey de Javán: y el cuerno grande que tenía entre sus ojos es el rey primero.
Y díjome: Daniel, varón de deseos, está atento á las palabras que te hablaré, y levántate sobre tus pies; porque á ti he sido enviado ahora. Y estando hablando conmigo esto, yo estaba temblando.
Y ahora yo te mostraré la verdad. He aquí que aun habrá tres reyes en Persia, y el cuarto se hará de grandes riquezas más que todos; y fortificándose con sus riquezas, despertará á todos contra el reino de Javán.
Pondrá luego su rostro para venir con el poder de todo su reino; y hará con aquél cosas rectas, y darále una hija de mujeres para trastornarla: mas no estará ni será por él.
Luego volverá su rostro á las fortalezas de su tierra: mas tropezará y caerá, y no parecerá más.
Estando la provincia en paz y en abundancia, entrará y hará lo que no hicieron sus padres, ni los padres de sus padres; presa, y despojos, y riquezas repartirá á sus soldados; y contra las fortalezas formará sus designios: y esto por tiempo.
Y despertará sus fuerzas y su corazón contra el rey del mediodía con grande ejército: y el rey del mediodía se moverá á la guerra con grande y muy fuerte ejército; mas no prevalecerá, porque le harán traición.
Porque vendrán contra él naves de Chîttim, y él se contristará, y se volverá, y enojaráse contra el pacto santo, y hará: volveráse pues, y pensará en los que habrán desamparado el santo pacto.
Y con lisonjas hará pecar á los violadores del pacto: mas el pueblo que conoce á su Dios, se esforzará, y hará.
Y del Dios de sus padres no se cuidará, ni del amor de las mujeres: ni se cuidará de dios alguno, porque sobre todo se engrandecerá.
Y vendrá á la tierra deseable, y muchas provincias caerán; mas éstas escaparán de su mano: Edom, y Moab, y lo primero de los hijos de Ammón.
Y plantará las tiendas de su palacio entre los mares, en el monte deseable del santuario; y vendrá hasta su fin, y no tendrá quien le ayude.
Y díjole Jehová: Ponle por nombre Jezreel; porque de aquí á poco yo visitaré las sangres de Jezreel sobre la casa de Jehú, y haré cesar el reino de la casa de Israel.
Mas de la casa de Judá tendré misericordia, y salvarélos en Jehová su Dios: y no los salvaré con arco, ni con espada, ni con batalla, ni con caballos ni caballeros.
Y dijo Dios: Ponle por nombre Lo-ammi: porque vosotros no sois mi pueblo, ni yo seré vuestro Dios.
Con todo será el número de los hijos de Israel como la arena de la mar, que ni se puede medir ni contar. Y será, que donde se les ha dicho: Vosotros no sois mi pueblo, les será dicho: Sois hijos del Dios viviente.
Y seguirá sus amantes, y no los alcanzará; buscarálos, y no los hallará. Entonces dirá: Iré, y volveréme á mi primer marido; porque mejor me iba entonces que ahora.
Y será que en aquel tiempo, dice Jehová, me llamarás Marido mío, y nunca más me llamarás Baali.
Y será que en aquel tiempo responderé, dice Jehová, yo responderé á los cielos, y ellos responderán á la tierra;
Perjurar, y mentir, y matar, y hurtar y adulterar prevalecieron, y sangres se tocaron con sangres.
Ephraim es dado á ídolos; déjalo.
Su bebida se corrompió; fornicaron pertinazmente: sus príncipes amaron las dádivas, afrenta de ellos.
Porque yo seré como león á Ephraim, y como cachorro de león á la casa de Judá: yo, yo arrebataré, y andaré; tomaré, y no habrá quien liberte.
Y como ladrones que esperan á algún hombre, así junta de sacerdotes mancomunadamente mata en el camino: porque ponen en efecto la abominación.
Y yo los ceñí, esforcé sus brazos, y contra mí pensaron mal.
Porque, he aquí se fueron ellos á causa de la destrucción: Egipto los recogerá, Memphis los enterrará: espino poseerá por heredad lo deseable de su plata, ortiga crecerá en sus moradas.
Y los castigaré como deseo: y pueblos se juntarán sobre ellos cuando serán atados en sus dos surcos.
Por tanto, en tus pueblos se levantará alboroto, y todas tus fortalezas serán destruídas, como destruyó Salmán á Beth-arbel el día de la batalla: la madre fué arrojada sobre los hijos.
Así hará á vosotros Beth-el por la maldad de vuestra maldad: en la mañana será del todo cortado el rey de Israel.
Tomad con vosotros palabras, y convertíos á Jehová, y decidle: Quita toda iniquidad, y acepta el bien, y daremos becerros de nuestros labios.
Extenderse han sus ramos, y será su gloria como la de la oliva, y olerá como el Líbano.
Lo que quedó de la oruga comió la langosta, y lo que quedó de la langosta comió el pulgón; y el revoltón comió lo que del pulgón había quedado.
Secóse la vid, y pereció la higuera, el granado también, la palma, y el manzano; secáronse todos los árboles del campo; por lo cual se secó el gozo de los hijos de los hombres.
El grano se pudrió debajo de sus terrones, los bastimentos fueron asolados, los alfolíes destruídos; porque se secó el trigo.
TOCAD trompeta en Sión, y pregonad en mi santo monte: tiemblen todos los moradores de la tierra; porque viene el día de Jehová, porque está cercano.
Como estruendo de carros saltarán sobre las cumbres de los montes; como sonido de llama de fuego que consume hojarascas, como fuerte pueblo aparejado para la batalla.
Delante de él temblará la tierra, se estremecerán los cielos: el sol y la luna se oscurecerán, y las estrellas retraerán su resplandor.
Y haré alejar de vosotros al del aquilón, y echarélo en la tierra seca y desierta: su faz será hacia el mar oriental, y su fin al mar occidental, y exhalará su hedor; y subirá su pudrición, porque hizo grandes cosas.
Y comeréis hasta saciaros, y alabaréis el nombre de Jehová vuestro Dios, el cual hizo maravillas con vosotros: y nunca jamás será mi pueblo avergonzado.
Y conoceréis que en medio de Israel estoy yo, y que yo soy Jehová vuestro Dios, y no hay otro: y mi pueblo nunca jamás será avergonzado.
Y daré prodigios en el cielo y en la tierra, sangre, y fuego, y columnas de humo.
Porque habéis llevado mi plata y mi oro, y mis cosas preciosas y hermosas metisteis en vuestros templos:
Muchos pueblos en el valle de la decisión: porque cercano está el día de Jehová en el valle de la decisión.
Y talaré los moradores de Azoto, y los gobernadores de Ascalón: y tornaré mi mano sobre Ecrón, y las reliquias de los Palestinos perecerán, ha dicho el Señor Jehová.
Así ha dicho Jehová: Por tres pecados de Judá, y por el cuarto, no desviaré su castigo; porque menospreciaron la ley de Jehová, y no guardaron sus ordenanzas; é hiciéronlos errar sus mentiras, en pos de las cuales anduvieron sus padres.
Y sobre las ropas empeñadas se acuestan junto á cualquier altar; y el vino de los penados beben en la casa de sus dioses.
A vosotros solamente he conocido de todas las familias de la tierra; por tanto visitaré contra vosotros todas vuestras maldades.
Haced pregonar sobre los palacios de Azoto, y sobre los palacios de tierra de Egipto, y decid: Reuníos sobre los montes de Samaria, y ved muchas opresiones en medio de ella, y violencias en medio de ella.
Id á Beth-el, y prevaricad; en Gilgal aumentad la rebelión, y traed de mañana vuestros sacrificios, y vuestros diezmos cada tres años;
Porque así ha dicho el Señor Jehová: La ciudad que sacaba mil, quedará con ciento; y la que sacaba ciento, quedará con diez, en la casa de Israel.
Empero así dice Jehová á la casa de Israel: Buscadme, y viviréis;
Aborrecí, abominé vuestras solemnidades, y no me darán buen olor vuestras asambleas.
Vosotros que dilatáis el día malo, y acercáis la silla de iniquidad;
Gorjean al son de la flauta, é inventan instrumentos músicos, como David;
Y su tío tomará á cada uno, y quemarále para sacar los huesos de casa; y dirá al que estará en los rincones de la casa: ¿Hay aún alguno contigo? Y dirá: No. Y dirá aquél: Calla, que no podemos hacer mención del nombre de Jehová.
Vosotros que os alegráis en nada, que decís: ¿No nos hemos adquirido potencia con nuestra fortaleza?
ASÍ me ha mostrado el Señor Jehová: y he aquí, él criaba langostas al principio que comenzaba á crecer el heno tardío; y he aquí, era el heno tardío después de las siegas del rey.
Y los altares de Isaac serán destruídos, y los santuarios de Israel serán asolados; y levantaréme con espada sobre la casa de Jeroboam.
Ahora pues, oye palabra de Jehová. Tú dices: No profetices contra Israel, ni hables contra la casa de Isaac:
Por tanto, así ha dicho Jehová: Tu mujer fornicará en la ciudad, y tus hijos y tus hijas caerán á cuchillo, y tu tierra será partida por suertes; y tú morirás en tierra inmunda, é Israel será traspasado de su tierra.
El Señor Jehová de los ejércitos es el que toca la tierra, y se derretirá, y llorarán todos los que en ella moran: y subirá toda como un río, y hundiráse luego como el río de Egipto.
Tampoco habías de haberte parado en las encrucijadas, para matar los que de ellos escapasen; ni habías tú de haber entregado los que quedaban en el día de angustia.
Mas en el monte de Sión habrá salvamento, y será santidad, y la casa de Jacob, poseerá sus posesiones.
Y el maestre de la nave se llegó á él, y le dijo: ¿Qué tienes, dormilón? Levántate, y clama á tu Dios; quizá él tendrá compasión de nosotros, y no pereceremos.
Y aquellos hombres trabajaron por tornar la nave á tierra; mas no pudieron, porque la mar iba á más, y se embravecía sobre ellos.
Y yo dije: Echado soy de delante de tus ojos: mas aun veré tu santo templo.
Mas Dios preparó un gusano al venir la mañana del día siguiente, el cual hirió á la calabacera, y secóse.
Todo esto por la rebelión de Jacob, y por los pecados de la casa de Israel. ¿Cuál es la rebelión de Jacob? ¿no es Samaria? ¿Y cuáles son los excelsos de Judá? ¿no es Jerusalem?
Pondré pues á Samaria en majanos de heredad, en tierra de viñas; y derramaré sus piedras por el valle, y descubriré sus fundamentos.
No lo digáis en Gath, ni lloréis mucho: revuélcate en el polvo de Beth-le-aphrah.
En aquel día, dice Jehová, juntaré la coja, y recogeré la amontada, y á la que afligí;
Y estará, y apacentará con fortaleza de Jehová, con grandeza del nombre de Jehová su Dios: y asentarán; porque ahora será engrandecido hasta los fines de la tierra.
Y comerán la tierra de Assur á cuchillo, y la tierra de Nimrod con sus espadas: y nos librará del Asirio, cuando viniere contra nuestra tierra y hollare nuestros términos.
Y haré destruir tus esculturas y tus imágenes de en medio de ti, y nunca más te inclinarás á la obra de tus manos;
OID ahora lo que dice Jehová: Levántate, pleitea con los montes, y oigan los collados tu voz.
¿Agradaráse Jehová de millares de carneros, ó de diez mil arroyos de aceite? ¿daré mi primogénito por mi rebelión, el fruto de mi vientre por el pecado de mi alma?
Oh hombre, él te ha declarado qué sea lo bueno, y qué pida de ti Jehová: solamente hacer juicio, y amar misericordia, y humillarte para andar con tu Dios.
¿Seré limpio con peso falso, y con bolsa de engañosas pesas?
¡AY de mí! que he venido á ser como cuando han cogido los frutos del verano, como cuando han rebuscado después de la vendimia, que no queda racimo para comer; mi alma deseó primeros frutos.
Tú, enemiga mía, no te huelgues de mí: porque aunque caí, he de levantarme; aunque more en tinieblas, Jehová será mi luz.
El día en que se edificarán tus muros, aquel día será alejado el mandamiento.
SUBIÓ destruidor contra ti: guarda la fortaleza, mira el camino, fortifica los lomos, fortalece mucho la fuerza.
Porque Jehová restituirá la gloria de Jacob como la gloria de Israel; porque vaciadores los vaciaron, y estropearon sus mugrones.
Los carros se precipitarán á las plazas, discurrirán por las calles: su aspecto como hachas encendidas; correrán como relámpagos.
Y echaré sobre ti suciedades, y te afrentaré, y te pondré como estiércol.
¿Eres tú mejor que No-amón, que estaba asentada entre ríos, cercada de aguas, cuyo baluarte era la mar, y del mar su muralla?
Provéete de agua para el cerco, fortifica tus fortalezas; entra en el lodo, pisa el barro, fortifica el horno.
LA carga que vió Habacuc profeta.
Espantosa es y terrible: de ella misma saldrá su derecho y su grandeza.
Luego mudará espíritu, y pasará adelante, y ofenderá atribuyendo esta su potencia á su dios.
SOBRE mi guarda estaré, y sobre la fortaleza afirmaré el pie, y atalayaré para ver qué hablará en mí, y qué tengo de responder á mi pregunta.
Y Jehová me respondió, y dijo: Escribe la visión, y declárala en tablas, para que corra el que leyere en ella.
Porque tú has despojado muchas gentes, todos los otros pueblos te despojarán; á causa de las sangres humanas, y robos de la tierra, de las ciudades y de todos los que moraban en ellas.
¡Ay del que codicia maligna codicia para su casa, por poner en alto su nido, por escaparse del poder del mal!
¡Ay del que da de beber á sus compañeros, que les acercas tu hiel y embriagas, para mirar sus desnudeces!
¿De qué sirve la escultura que esculpió el que la hizo? ¿la estatua de fundición, que enseña mentira, para que haciendo imágenes mudas confíe el hacedor en su obra?
¿Airóse Jehová contra los ríos? ¿contra los ríos fué tu enojo? ¿tu ira contra la mar, cuando subiste sobre tus caballos, y sobre tus carros de salud?
El sol y la luna se pararon en su estancia: á la luz de tus saetas anduvieron, y al resplandor de tu fulgente lanza.
Oí, y tembló mi vientre; á la voz se batieron mis labios; pudrición se entró en mis huesos, y en mi asiento me estremecí; si bien estaré quieto en el día de la angustia, cuando suba al pueblo el que lo invadirá con sus tropas.
Calla en la presencia del Señor Jehová, porque el día de Jehová está cercano; porque Jehová ha aparejado sacrificio, prevenido ha sus convidados.
Cercano está el día grande de Jehová, cercano y muy presuroso; voz amarga del día de Jehová; gritará allí el valiente.
¡Ay de los que moran á la parte de la mar, de la gente de Cheretim! La palabra de Jehová es contra vosotros, oh Canaán, tierra de Palestinos, que te haré destruir hasta no quedar morador.
Esto les vendrá por su soberbia, porque afrentaron, y se engrandecieron contra el pueblo de Jehová de los ejércitos.
No escuchó la voz, ni recibió la disciplina: no se confió en Jehová, no se acercó á su Dios.
Sus profetas, livianos, hombres prevaricadores: sus sacerdotes contaminaron el santuario, falsearon la ley.
Dije: Ciertamente me temerás, recibirás corrección; y no será su habitación derruída por todo aquello sobre que los visité. Mas ellos se levantaron de mañana, y corrompieron todas sus obras.
Por entonces volveré yo á los pueblos el labio limpio, para que todos invoquen el nombre de Jehová, para que de un consentimiento le sirvan.
Canta, oh hija de Sión: da voces de júbilo, oh Israel; gózate y regocíjate de todo corazón, hija de Jerusalem.
Jehová ha apartado tus juicios, ha echado fuera tus enemigos: Jehová es Rey de Israel en medio de ti; nunca más verás mal.
Reuniré á los fastidiados por causa del largo tiempo; tuyos fueron; para quienes el oprobio de ella era una carga.
En aquel tiempo yo os traeré, en aquel tiempo os reuniré yo; pues os daré por renombre y por alabanza entre todos los pueblos de la tierra, cuando tornaré vuestros cautivos delante de vuestros ojos, dice Jehová.
La gloria de aquesta casa postrera será mayor que la de la primera, ha dicho Jehová de los ejércitos; y daré paz en este lugar, dice Jehová de los ejércitos.
Y respondió Haggeo y dijo: Así es este pueblo, y esta gente, delante de mí, dice Jehová; y asimismo toda obra de sus manos; y todo lo que aquí ofrecen es inmundo.
Y fué segunda vez palabra de Jehová á Haggeo, á los veinticuatro del mismo mes, diciendo:
Y respondió el ángel de Jehová, y dijo: Oh Jehová de los ejércitos, ¿hasta cuándo no tendrás piedad de Jerusalem, y de las ciudades de Judá, con las cuales has estado airado por espacio de setenta años?
ALCÉ después mis ojos, y miré y he aquí un varón que tenía en su mano un cordel de medir.
Y he aquí, salía aquel ángel que hablaba conmigo, y otro ángel le salió al encuentro,
Y uniránse muchas gentes á Jehová en aquel día, y me serán por pueblo, y moraré en medio de ti; y entonces conocerás que Jehová de los ejércitos me ha enviado á ti.
Y habló el ángel, é intimó á los que estaban delante de sí, diciendo: Quitadle esas vestimentas viles. Y á él dijo: Mira que he hecho pasar tu pecado de ti, y te he hecho vestir de ropas de gala.
Y sobre él dos olivas, la una á la derecha del vaso, y la otra á su izquierda.
Proseguí, y hablé á aquel ángel que hablaba conmigo, diciendo: ¿Qué es esto, señor mío?
Entonces respondió y hablóme, diciendo: Esta es palabra de Jehová á Zorobabel, en que se dice: No con ejército, ni con fuerza, sino con mi espíritu, ha dicho Jehová de los ejércitos.
Alcé luego mis ojos, y miré, y he aquí dos mujeres que salían, y traían viento en sus alas, y tenían alas como de cigüeña, y alzaron el epha entre la tierra y los cielos.
Así dice Jehová: Yo he restituído á Sión, y moraré en medio de Jerusalem: y Jerusalem se llamará Ciudad de Verdad, y el monte de Jehová de los ejércitos, Monte de Santidad.
Y las calles de la ciudad serán llenas de muchachos y muchachas, que jugarán en las calles.
Así ha dicho Jehová de los ejércitos: He aquí, yo salvo mi pueblo de la tierra del oriente, y de la tierra donde se pone el sol;
Así ha dicho Jehová de los ejércitos: Esfuércense vuestras manos, de vosotros los que oís en estos días estas palabras de la boca de los profetas, desde el día que se echó el cimiento á la casa de Jehová de los ejércitos, para edificar el templo.
Porque antes de estos días no ha habido paga de hombre, ni paga de bestia, ni hubo paz alguna para entrante ni para saliente, á causa del enemigo: y yo dejé todos los hombres, cada cual contra su compañero.
Así ha dicho Jehová de los ejércitos: El ayuno del cuarto mes, y el ayuno del quinto, y el ayuno del séptimo, y el ayuno del décimo, se tornarán á la casa de Judá en gozo y alegría, y en festivas solemnidades. Amad pues verdad y paz.
CARGA de la palabra de Jehová contra tierra de Hadrach, y de Damasco su reposo: porque á Jehová están vueltos los ojos de los hombres, y de todas las tribus de Israel.
Alégrate mucho, hija de Sión; da voces de júbilo, hija de Jerusalem: he aquí, tu rey vendrá á ti, justo y salvador, humilde, y cabalgando sobre un asno, así sobre un pollino hijo de asna.
Porque ¡cuánta es su bondad, y cuánta su hermosura! El trigo alegrará á los mancebos, y el vino á las doncellas.
PEDID á Jehová lluvia en la sazón tardía: Jehová hará relámpagos, y os dará lluvia abundante, y hierba en el campo á cada uno.
Yo les silbaré y los juntaré, porque los he redimido; y serán multiplicados como fueron multiplicados.
Por tanto, no más tendré piedad de los moradores de la tierra, dice Jehová: porque he aquí, yo entregaré los hombres, cada cual en mano de su compañero, y en mano de su rey; y quebrantarán la tierra, y yo no libraré de sus manos.
E hice matar tres pastores en un mes, y mi alma se angustió por ellos, y también el alma de ellos me aborreció á mí.
He aquí, yo pongo á Jerusalem por vaso de temblor á todos los pueblos de alrededor cuando estén en el sitio contra Judá y contra Jerusalem.
En aquel día habrá gran llanto en Jerusalem, como el llanto de Adadrimón en el valle de Megiddo.
El linaje de la casa de Leví por sí, y sus mujeres por sí; el linaje de Simei por sí, y sus mujeres por sí;
Levántate, oh espada, sobre el pastor, y sobre el hombre compañero mío, dice Jehová de los ejércitos. Hiere al pastor, y se derramarán las ovejas: mas tornaré mi mano sobre los chiquitos.
Y afirmaránse sus pies en aquel día sobre el monte de las Olivas, que está en frente de Jerusalem á la parte de oriente: y el monte de las Olivas, se partirá por medio de sí hacia el oriente y hacia el occidente, haciendo un muy grande valle; y la mitad del monte se apartará hacia el norte, y la otra mitad hacia el mediodía.
Y huiréis al valle de los montes; porque el valle de los montes llegará hasta Hasal; y huiréis de la manera que huisteis por causa del terremoto en los días de Uzzías, rey de Judá: y vendrá Jehová mi Dios, y con él todos los santos.
Y á Esaú aborrecí, y torné sus montes en asolamiento, y su posesión para los chacales del desierto?
Y vuestros ojos lo verán, y diréis: Sea Jehová engrandecido sobre la provincia de Israel.
Prevaricó Judá, y en Israel y en Jerusalem ha sido cometida abominación; porque Judá ha profanado la santidad de Jehová que amó, y casádose con hija de dios extraño.
Jehová talará de las tiendas de Jacob al hombre que hiciere esto, al que vela, y al que responde, y al que ofrece presente á Jehová de los ejércitos.
Decimos pues ahora, que bienaventurados los soberbios, y también que los que hacen impiedad son los prosperados: bien que tentaron á Dios, escaparon.
Y serán para mí especial tesoro, ha dicho Jehová de los ejércitos, en el día que yo tengo de hacer: y perdonarélos como el hombre que perdona á su hijo que le sirve.
Entonces os tornaréis, y echaréis de ver la diferencia entre el justo y el malo, entre el que sirve á Dios y el que no le sirve.
Y Aram engendró á Aminadab: y Aminadab engendró á Naassón: y Naassón engendró á Salmón:
Y después de la transmigración de Babilonia, Jechônías engendró á Salathiel: y Salathiel engendró á Zorobabel:
Y Eliud engendró á Eleazar: y Eleazar engendró á Mathán: y Mathán engendró á Jacob:
Y Jacob engendró á José, marido de María, de la cual nació Jesús, el cual es llamado el Cristo.
Y despertando José del sueño, hizo como el ángel del Señor le había mandado, y recibió á su mujer.
Diciendo: ¿Dónde está el Rey de los Judíos, que ha nacido? porque su estrella hemos visto en el oriente, y venimos á adorarle.
Entonces Herodes, llamando en secreto á los magos, entendió de ellos diligentemente el tiempo del aparecimiento de la estrella;
Y partidos ellos, he aquí el ángel del Señor aparece en sueños á José, diciendo: Levántate, y toma al niño y á su madre, y huye á Egipto, y estáte allá hasta que yo te lo diga; porque ha de acontecer, que Herodes buscará al niño para matarlo.
Herodes entonces, como se vió burlado de los magos, se enojó mucho, y envió, y mató á todos los niños que había en Bethlehem y en todos sus términos, de edad de dos años abajo, conforme al tiempo que había entendido de los magos.
Entonces fué cumplido lo que se había dicho por el profeta Jeremías, que dijo:
Y viendo él muchos de los Fariseos y de los Saduceos, que venían á su bautismo, decíales: Generación de víboras, ¿quién os ha enseñado á huir de la ira que vendrá?
Entonces Jesús le dice: Vete, Satanás, que escrito está: Al Señor tu Dios adorarás y á él solo servirás.
Y le siguieron muchas gentes de Galilea y de Decápolis y de Jerusalem y de Judea y de la otra parte del Jordán.
Bienaventurados los mansos: porque ellos recibirán la tierra por heredad.
Bienaventurados sois cuando os vituperaren y os persiguieren, y dijeren de vosotros todo mal por mi causa, mintiendo.
Vosotros sois la sal de la tierra: y si la sal se desvaneciere ¿con qué será salada? no vale más para nada, sino para ser echada fuera y hollada de los hombres.
Mas yo os digo, que cualquiera que se enojare locamente con su hermano, será culpado del juicio; y cualquiera que dijere á su hermano, Raca, será culpado del concejo; y cualquiera que dijere, Fatuo, será culpado del infierno del fuego.
Oísteis que fué dicho: Amarás á tu prójimo, y aborrecerás á tu enemigo.
MIRAD que no hagáis vuestra justicia delante de los hombres, para ser vistos de ellos: de otra manera no tendréis merced de vuestro Padre que está en los cielos.
Porque con el juicio con que juzgáis, seréis juzgados; y con la medida con que medís, os volverán á medir.
Porque estrecha es la puerta, y angosto el camino que lleva á la vida, y pocos son los que la hallan.
Así que, por sus frutos los conoceréis.
Muchos me dirán en aquel día: Señor, Señor, ¿no profetizamos en tu nombre, y en tu nombre lanzamos demonios, y en tu nombre hicimos muchos milagros?
Entonces Jesús dijo al centurión: Ve, y como creiste te sea hecho. Y su mozo fué sano en el mismo momento.
Y los demonios le rogaron, diciendo: Si nos echas, permítenos ir á aquel hato de puercos.
Y las gentes, viéndolo, se maravillaron, y glorificaron á Dios, que había dado tal potestad á los hombres.
Y aconteció que estando él sentado á la mesa en casa, he aquí que muchos publicanos y pecadores, que habían venido, se sentaron juntamente á la mesa con Jesús y sus discípulos.
Y viendo esto los Fariseos, dijeron á sus discípulos: ¿Por qué come vuestro Maestro con los publicanos y pecadores?
Y he aquí una mujer enferma de flujo de sangre doce años había, llegándose por detrás, tocó la franja de su vestido:
Y como la gente fué echada fuera, entró, y tomóla de la mano, y se levantó la muchacha.
Y llegado á la casa, vinieron á él los ciegos; y Jesús les dice: ¿Creéis que puedo hacer esto? Ellos dicen: Sí, Señor.
Mas ellos salidos, divulgaron su fama por toda aquella tierra.
Felipe, y Bartolomé; Tomás, y Mateo el publicano; Jacobo hijo de Alfeo, y Lebeo, por sobrenombre Tadeo;
A estos doce envió Jesús, á los cuales dió mandamiento, diciendo: Por el camino de los Gentiles no iréis, y en ciudad de Samaritanos no entréis;
Y yendo, predicad, diciendo: El reino de los cielos se ha acercado.
Mas cuando os persiguieren en esta ciudad, huid á la otra: porque de cierto os digo, que no acabaréis de andar todas las ciudades de Israel, que no venga el Hijo del hombre.
El discípulo no es más que su maestro, ni el siervo más que su señor.
Y no temáis á los que matan el cuerpo, mas al alma no pueden matar: temed antes á aquel que puede destruir el alma y el cuerpo en el infierno.
No penséis que he venido para meter paz en la tierra: no he venido para meter paz, sino espada.
Y los enemigos del hombre serán los de su casa.
El que recibe profeta en nombre de profeta, merced de profeta recibirá; y el que recibe justo en nombre de justo, merced de justo recibirá.
Mas ¿qué salisteis á ver? ¿un hombre cubierto de delicados vestidos? He aquí, los que traen vestidos delicados, en las casas de los reyes están.
En aquel tiempo, respondiendo Jesús, dijo: Te alabo, Padre, Señor del cielo y de la tierra, que hayas escondido estas cosas de los sabios y de los entendidos, y las hayas revelado á los niños.
Todas las cosas me son entregadas de mi Padre: y nadie conoció al Hijo, sino el Padre; ni al Padre conoció alguno, sino el Hijo, y aquel á quien el Hijo lo quisiere revelar.
Entonces dijo á aquel hombre: Extiende tu mano. Y él la extendió, y fué restituída sana como la otra.
Y todas las gentes estaban atónitas, y decían: ¿Será éste aquel Hijo de David?
Y él respondió, y les dijo: La generación mala y adulterina demanda señal; mas señal no le será dada, sino la señal de Jonás profeta.
Y AQUEL día, saliendo Jesús de casa, se sentó junto á la mar.
Y parte cayó en pedregales, donde no tenía mucha tierra; y nació luego, porque no tenía profundidad de tierra:
Entonces, llegándose los discípulos, le dijeron: ¿Por qué les hablas por parábolas?
Entonces los justos resplandecerán como el sol en el reino de su Padre: el que tiene oídos para oir, oiga.
Asimismo el reino de los cielos es semejante á la red, que echada en la mar, coge de todas suertes de peces:
Y aconteció que acabando Jesús estas parábolas, pasó de allí.
Y quería matarle, mas temía al pueblo; porque le tenían como á profeta.
Y fué traída su cabeza en un plato, y dada á la muchacha; y ella la presentó á su madre.
Y luego Jesús hizo á sus discípulos entrar en el barco, é ir delante de él á la otra parte del lago, entre tanto que él despedía á las gentes.
Mas á la cuarta vela de la noche, Jesús fué á ellos andando sobre la mar.
Mas viendo el viento fuerte, tuvo miedo; y comenzándose á hundir, dió voces, diciendo: Señor, sálvame.
Porque Dios mandó, diciendo: Honra al padre y á la madre, y, El que maldijere al padre ó á la madre, muera de muerte.
No deberá honrar á su padre ó á su madre con socorro. Así habéis invalidado el mandamiento de Dios por vuestra tradición.
Entonces llegándose sus discípulos, le dijeron: ¿Sabes que los Fariseos oyendo esta palabra se ofendieron?
Y respondiendo Pedro, le dijo: Decláranos esta parábola.
Y saliendo Jesús de allí, se fué á las partes de Tiro y de Sidón.
Y ella dijo: Sí, Señor; mas los perrillos comen de las migajas que caen de la mesa de sus señores.
Y llegaron á él muchas gentes, que tenían consigo cojos, ciegos, mudos, mancos, y otros muchos enfermos: y los echaron á los pies de Jesús, y los sanó:
Y mandó á las gentes que se recostasen sobre la tierra.
Y entendiéndolo Jesús, les dijo: ¿Por qué pensáis dentro de vosotros, hombres de poca fe, que no tomasteis pan?
Porque ¿de qué aprovecha al hombre, si granjeare todo el mundo, y perdiere su alma? O ¿qué recompensa dará el hombre por su alma?
Y se transfiguró delante de ellos; y resplandeció su rostro como el sol, y sus vestidos fueron blancos como la luz.
Y respondiendo Jesús, les dijo: A la verdad, Elías vendrá primero, y restituirá todas las cosas.
El dice: Sí. Y entrando él en casa, Jesús le habló antes, diciendo: ¿Qué te parece, Simón? Los reyes de la tierra, ¿de quién cobran los tributos ó el censo? ¿de sus hijos ó de los extraños?
Pedro le dice: De los extraños. Jesús le dijo: Luego los hijos son francos.
Mas porque no los escandalicemos, ve á la mar, y echa el anzuelo, y el primer pez que viniere, tómalo, y abierta su boca, hallarás un estatero: tómalo, y dáselo por mí y por ti.
¡Ay del mundo por los escándalos! porque necesario es que vengan escándalos; mas ¡ay de aquel hombre por el cual viene el escándalo!
Así, no es la voluntad de vuestro Padre que está en los cielos, que se pierda uno de estos pequeños.
Otra vez os digo, que si dos de vosotros se convinieren en la tierra, de toda cosa que pidieren, les será hecho por mi Padre que está en los cielos.
Entonces se llegaron á él los Fariseos, tentándole, y diciéndole: ¿Es lícito al hombre repudiar á su mujer por cualquiera causa?
Y dijo: Por tanto, el hombre dejará padre y madre, y se unirá á su mujer, y serán dos en una carne?
Y yo os digo que cualquiera que repudiare á su mujer, si no fuere por causa de fornicación, y se casare con otra, adultera: y el que se casare con la repudiada, adultera.
Dícenle sus discípulos: Si así es la condición del hombre con su mujer, no conviene casarse.
Dícele: ¿Cuáles? Y Jesús dijo: No matarás: No adulterarás: No hurtarás: No dirás falso testimonio:
Y mirándo los Jesús, les dijo: Para con los hombres imposible es esto; mas para con Dios todo es posible.
Y viniendo también los primeros, pensaron que habían de recibir más; pero también ellos recibieron cada uno un denario.
Y tomándolo, murmuraban contra el padre de la familia,
Diciendo: Estos postreros sólo han trabajado una hora, y los has hecho iguales á nosotros, que hemos llevado la carga y el calor del día.
Como el Hijo del hombre no vino para ser servido, sino para servir, y para dar su vida en rescate por muchos.
Decid á la hija de Sión: He aquí, tu Rey viene á ti, manso, y sentado sobre una asna, y sobre un pollino, hijo de animal de yugo.
Pues cuando viniere el señor de la viña, ¿qué hará á aquellos labradores?
Dícenle: á los malos destruirá miserablemente, y su viña dará á renta á otros labradores, que le paguen el fruto á sus tiempos.
Díceles Jesús: ¿Nunca leísteis en las Escrituras: La piedra que desecharon los que edificaban, ésta fué hecha por cabeza de esquina: por el Señor es hecho esto, y es cosa maravillosa en nuestros ojos?
Por tanto os digo, que el reino de Dios será quitado de vosotros, y será dado á gente que haga los frutos de él.
Y el que cayere sobre esta piedra, será quebrantado; y sobre quien ella cayere, le desmenuzará.
Entonces dice á sus siervos: Las bodas á la verdad están aparejadas; mas los que eran llamados no eran dignos.
Entonces, idos los Fariseos, consultaron cómo le tomarían en alguna palabra.
En la resurrección pues, ¿de cuál de los siete será ella mujer? porque todos la tuvieron.
Y de la resurrección de los muertos, ¿no habéis leído lo que os es dicho por Dios, que dice:
El les dice: ¿Pues cómo David en Espíritu le llama Señor, diciendo:
Pues si David le llama Señor, ¿cómo es su Hijo?
ENTONCES habló Jesús á las gentes y á sus discípulos,
Así que, todo lo que os dijeren que guardéis, guardad lo y haced lo; mas no hagáis conforme á sus obras: porque dicen, y no hacen.
Ni seáis llamados maestros; porque uno es vuestro Maestro, el Cristo.
¡Ay de vosotros, guías ciegos! que decís: Cualquiera que jurare por el templo es nada; mas cualquiera que jurare por el oro del templo, deudor es.
Porque os digo que desde ahora no me veréis, hasta que digáis: Bendito el que viene en el nombre del Señor.
Y oiréis guerras, y rumores de guerras: mirad que no os turbéis; porque es menester que todo esto acontezca; mas aún no es el fin.
Y el que en el campo, no vuelva atrás á tomar sus vestidos.
Porque donde quiera que estuviere el cuerpo muerto, allí se juntarán las águilas.
Así también vosotros, cuando viereis todas estas cosas, sabed que está cercano, á las puertas.
¿Quién pues es el siervo fiel y prudente, al cual puso su señor sobre su familia para que les dé alimento á tiempo?
Vendrá el señor de aquel siervo en el día que no espera, y á la hora que no sabe,
Y las fatuas dijeron á las prudentes: Dadnos de vuestro aceite; porque nuestras lámparas se apagan.
Y mientras que ellas iban á comprar, vino el esposo; y las que estaban apercibidas, entraron con él á las bodas; y se cerró la puerta.
Mas respondiendo él, dijo: De cierto os digo, que no os conozco.
Asimismo el que había recibido dos, ganó también él otros dos.
Y después de mucho tiempo, vino el señor de aquellos siervos, é hizo cuentas con ellos.
Quitadle pues el talento, y dadlo al que tiene diez talentos.
Y cuando el Hijo del hombre venga en su gloria, y todos los santos ángeles con él, entonces se sentará sobre el trono de su gloria.
Entonces el Rey dirá á los que estarán á su derecha: Venid, benditos de mi Padre, heredad el reino preparado para vosotros desde la fundación del mundo:
Entonces dirá también á los que estarán á la izquierda: Apartaos de mí, malditos, al fuego eterno preparado para el diablo y para sus ángeles:
Y desde entonces buscaba oportunidad para entregarle.
Y él dijo: Id á la ciudad á cierto hombre, y decidle: El Maestro dice: Mi tiempo está cerca; en tu casa haré la pascua con mis discípulos.
Entonces él respondiendo, dijo: El que mete la mano conmigo en el plato, ése me ha de entregar.
Y comiendo ellos, tomó Jesús el pan, y bendijo, y lo partió, y dió á sus discípulos, y dijo: Tomad, comed: esto es mi cuerpo.
Y hablando aún él, he aquí Judas, uno de los doce, vino, y con él mucha gente con espadas y con palos, de parte de los príncipes de los sacerdotes, y de los ancianos del pueblo.
Y Jesús le dijo: Amigo, ¿á qué vienes? Entonces llegaron, y echaron mano á Jesús, y le prendieron.
¿Acaso piensas que no puedo ahora orar á mi Padre, y él me daría más de doce legiones de ángeles?
En aquella hora dijo Jesús á las gentes: ¿Como á ladrón habéis salido con espadas y con palos á prenderme? Cada día me sentaba con vosotros enseñando en el templo, y no me prendisteis.
¿Qué os parece? Y respondiendo ellos, dijeron: Culpado es de muerte.
Y se acordó Pedro de las palabras de Jesús, que le dijo: Antes que cante el gallo, me negarás tres veces. Y saliéndose fuera, lloró amargamente.
Y estando él sentado en el tribunal, su mujer envió á él, diciendo: No tengas que ver con aquel justo; porque hoy he padecido muchas cosas en sueños por causa de él.
Y el presidente les dijo: Pues ¿qué mal ha hecho? Mas ellos gritaban más, diciendo: Sea crucificado.
Entonces los soldados del presidente llevaron á Jesús al pretorio, y juntaron á él toda la cuadrilla;
Y escupiendo en él, tomaron la caña, y le herían en la cabeza.
Y después que le hubieron escarnecido, le desnudaron el manto, y le vistieron de sus vestidos, y le llevaron para crucificarle.
Y luego, corriendo uno de ellos, tomó una esponja, y la hinchió de vinagre, y poniéndola en una caña, dábale de beber.
Y salidos de los sepulcros, después de su resurrección, vinieron á la santa ciudad, y aparecieron á muchos.
Diciendo: Señor, nos acordamos que aquel engañador dijo, viviendo aún: Después de tres días resucitaré.
Y LA víspera de sábado, que amanece para el primer día de la semana, vino María Magdalena, y la otra María, á ver el sepulcro.
Y si esto fuere oído del presidente, nosotros le persuadiremos, y os haremos seguros.
Como está escrito en Isaías el profeta: He aquí yo envío á mi mensajero delante de tu faz, que apareje tu camino delante de ti.
Y cuando fué la tarde, luego que el sol se puso, traían á él todos los que tenían mal, y endemoniados;
Y predicaba en las sinagogas de ellos en toda Galilea, y echaba fuera los demonios.
Y como no podían llegar á él á causa del gentío, descubrieron el techo de donde estaba, y haciendo abertura, bajaron el lecho en que yacía el paralítico.
¿Qué es más fácil, decir al paralítico: Tus pecados te son perdonados, ó decirle: Levántate, y toma tu lecho y anda?
Ni nadie echa vino nuevo en odres viejos; de otra manera, el vino nuevo rompe los odres, y se derrama el vino, y los odres se pierden; mas el vino nuevo en odres nuevos se ha de echar.
Y aconteció que pasando él por los sembrados en sábado, sus discípulos andando comenzaron á arrancar espigas.
Entonces los Fariseos le dijeron: He aquí, ¿por qué hacen en sábado lo que no es lícito?
Y mirándolos alrededor con enojo, condoleciéndose de la ceguedad de su corazón, dice al hombre: Extiende tu mano. Y la extendió, y su mano fué restituída sana.
Mas Jesús se apartó á la mar con sus discípulos: y le siguió gran multitud de Galilea, y de Judea,
Y dijo á sus discípulos que le estuviese siempre apercibida la barquilla, por causa del gentío, para que no le oprimiesen.
Y que tuviesen potestad de sanar enfermedades, y de echar fuera demonios:
A Simón, al cual puso por nombre Pedro;
Y á Jacobo, hijo de Zebedeo, y á Juan hermano de Jacobo; y les apellidó Boanerges, que es, Hijos del trueno;
Y habiéndolos llamado, les decía en parábolas: ¿Cómo puede Satanás echar fuera á Satanás?
Y otra parte cayó en pedregales, donde no tenía mucha tierra; y luego salió, porque no tenía la tierra profunda:
Entonces les dijo: El que tiene oídos para oir, oiga.
Mas los cuidados de este siglo, y el engaño de las riquezas, y las codicias que hay en las otras cosas, entrando, ahogan la palabra, y se hace infructuosa.
Y éstos son los que fueron sembrados en buena tierra: los que oyen la palabra, y la reciben, y hacen fruto, uno á treinta, otro á sesenta, y otro á ciento.
Si alguno tiene oídos para oir, oiga.
Y levantándose, increpó al viento, y dijo á la mar: Calla, enmudece. Y cesó el viento, y fué hecha grande bonanza.
Y luego la fuente de su sangre se secó; y sintió en el cuerpo que estaba sana de aquel azote.
Y él miraba alrededor para ver á la que había hecho esto.
Y él le dijo: Hija, tu fe te ha hecho salva: ve en paz, y queda sana de tu azote.
Y no permitió que alguno viniese tras él sino Pedro, y Jacobo, y Juan hermano de Jacobo.
Y SALIÓ de allí, y vino á su tierra, y le siguieron sus discípulos.
Mas Jesús les decía: No hay profeta deshonrado sino en su tierra, y entre sus parientes, y en su casa.
Y todos aquellos que no os recibieren ni os oyeren, saliendo de allí, sacudid el polvo que está debajo de vuestros pies, en testimonio á ellos. De cierto os digo que más tolerable será el castigo de los de Sodoma y Gomorra el día del juicio, que el de aquella ciudad.
Y le juró: Todo lo que me pidieres te daré, hasta la mitad de mi reino.
Y oyéndo lo sus discípulos, vinieron y tomaron su cuerpo, y le pusieron en un sepulcro.
Y saliendo ellos del barco, luego le conocieron.
Y SE juntaron á él los Fariseos, y algunos de los escribas, que habían venido de Jerusalem;
Nada hay fuera del hombre que entre en él, que le pueda contaminar: mas lo que sale de él, aquello es lo que contamina al hombre.
Si alguno tiene oídos para oir, oiga.
Mas Jesús le dijo: Deja primero hartarse los hijos, porque no es bien tomar el pan de los hijos y echarlo á los perrillos.
Y comieron, y se hartaron: y levantaron de los pedazos que habían sobrado, siete espuertas.
Y eran los que comieron, como cuatro mil: y los despidió.
Y gimiendo en su espíritu, dice: ¿Por qué pide señal esta generación? De cierto os digo que no se dará señal á esta generación.
Y llamando á la gente con sus discípulos, les dijo: Cualquiera que quisiere venir en pos de mí, niéguese á sí mismo, y tome su cruz, y sígame.
Y vino una nube que les hizo sombra, y una voz de la nube, que decía: Este es mi Hijo amado: á él oid.
Y preguntóles: ¿Qué disputáis con ellos?
Y respondiendo uno de la compañía, dijo: Maestro, traje á ti mi hijo, que tiene un espíritu mudo,
Y respondiendo él, les dijo: ¡Oh generación infiel! ¿hasta cuándo estaré con vosotros? ¿hasta cuándo os tengo de sufrir? Traédmele.
Y muchas veces le echa en el fuego y en aguas, para matarle; mas, si puedes algo, ayúdanos, teniendo misericordia de nosotros.
Entonces sentándose, llamó á los doce, y les dice: Si alguno quiere ser el primero, será el postrero de todos, y el servidor de todos.
Y tomando un niño, púsolo en medio de ellos; y tomándole en sus brazos, les dice:
Y cualquiera que os diere un vaso de agua en mi nombre, porque sois de Cristo, de cierto os digo que no perderá su recompensa.
Y cualquiera que escandalizare á uno de estos pequeñitos que creen en mí, mejor le fuera si se le atase una piedra de molino al cuello, y fuera echado en la mar.
Y si tu mano te escandalizare, córtala: mejor te es entrar á la vida manco, que teniendo dos manos ir á la Gehenna, al fuego que no puede ser apagado;
Y si tu pie te fuere ocasión de caer, córtalo: mejor te es entrar á la vida cojo, que teniendo dos pies ser echado en la Gehenna, al fuego que no puede ser apagado;
Y ellos dijeron: Moisés permitió escribir carta de divorcio, y repudiar.
Y los discípulos se espantaron de sus palabras; mas Jesús respondiendo, les volvió á decir: ¡Hijos, cuán difícil es entrar en el reino de Dios, los que confían en las riquezas!
Y le escarnecerán, y le azotarán, y escupirán en él, y le matarán; mas al tercer día resucitará.
Entonces Jacobo y Juan, hijos de Zebedeo, se llegaron á él, diciendo: Maestro, querríamos que nos hagas lo que pidiéremos.
Y ellos le dijeron: Danos que en tu gloria nos sentemos el uno á tu diestra, y el otro á tu siniestra.
Entonces Jesús les dijo: No sabéis lo que pedís. ¿Podéis beber del vaso que yo bebo, ó ser bautizados del bautismo de que yo soy bautizado?
Entonces vienen á Jericó: y saliendo él de Jericó y sus discípulos y una gran compañía, Bartimeo el ciego, hijo de Timeo, estaba sentado junto al camino mendigando.
El entonces, echando su capa, se levantó, y vino á Jesús.
Ellos entonces les dijeron como Jesús había mandado: y los dejaron.
Entonces Jesús respondiendo, dijo á la higuera: Nunca más coma nadie fruto de ti para siempre. Y lo oyeron sus discípulos.
Mas como fué tarde, Jesús salió de la ciudad.
Por tanto, os digo que todo lo que orando pidiereis, creed que lo recibiréis, y os vendrá.
El bautismo de Juan, ¿era del cielo, ó de los hombres? Respondedme.
Entonces vienen á él los Saduceos, que dicen que no hay resurrección, y le preguntaron, diciendo:
Y la tomó el segundo, y murió, y ni aquél tampoco dejó simiente; y el tercero, de la misma manera.
Entonces respondiendo Jesús, les dice: ¿No erráis por eso, porque no sabéis las Escrituras, ni la potencia de Dios?
Entonces el escriba le dijo: Bien, Maestro, verdad has dicho, que uno es Dios, y no hay otro fuera de él;
Y Jesús respondiéndoles, comenzó á decir: Mirad, que nadie os engañe;
Y el que estuviere en el campo, no vuelva atrás á tomar su capa.
Porque se levantarán falsos Cristos y falsos profetas, y darán señales y prodigios, para engañar, si se pudiese hacer, aun á los escogidos.
Y las estrellas caerán del cielo, y las virtudes que están en los cielos serán conmovidas;
De cierto os digo que no pasará esta generación, que todas estas cosas no sean hechas.
El cielo y la tierra pasarán, mas mis palabras no pasarán.
Entonces Judas Iscariote, uno de los doce, vino á los príncipes de los sacerdotes, para entregársele.
Y el primer día de los panes sin levadura, cuando sacrificaban la pascua, sus discípulos le dicen: ¿Dónde quieres que vayamos á disponer para que comas la pascua?
Y él respondiendo les dijo: Es uno de los doce que moja conmigo en el plato.
Y les dice: Está muy triste mi alma, hasta la muerte: esperad aquí y velad.
Velad y orad, para que no entréis en tentación: el espíritu á la verdad es presto, mas la carne enferma.
Cada día estaba con vosotros enseñando en el templo, y no me tomasteis; pero es así, para que se cumplan las Escrituras.
Empero un mancebillo le seguía cubierto de una sábana sobre el cuerpo desnudo; y los mancebos le prendieron:
Y trajeron á Jesús al sumo sacerdote; y se juntaron á él todos los príncipes de los sacerdotes y los ancianos y los escribas.
Entonces el sumo sacerdote, levantándose en medio, preguntó á Jesús, diciendo: ¿No respondes algo? ¿Qué atestiguan éstos contra ti?
Oído habéis la blasfemia: ¿qué os parece? Y ellos todos le condenaron ser culpado de muerte.
Y estando Pedro abajo en el atrio, vino una de las criadas del sumo sacerdote;
Y LUEGO por la mañana, habiendo tenido consejo los príncipes de los sacerdotes con los ancianos, y con los escribas, y con todo el concilio, llevaron á Jesús atado, y le entregaron á Pilato.
Y le preguntó otra vez Pilato, diciendo: ¿No respondes algo? Mira de cuántas cosas te acusan.
Empero en el día de la fiesta les soltaba un preso, cualquiera que pidiesen.
Y cuando le hubieron crucificado, repartieron sus vestidos, echando suertes sobre ellos, qué llevaría cada uno.
Las cuales, estando aún él en Galilea, le habían seguido, y le servían; y otras muchas que juntamente con él habían subido á Jerusalem.
Y enterado del centurión, dió el cuerpo á José:
Y ellos, saliendo, predicaron en todas partes, obrando con ellos el Señor, y confirmando la palabra con las señales que se seguían. Amén.
Conforme á la costumbre del sacerdocio, salió en suerte á poner el incienso, entrando en el templo del Señor.
Y se le apareció el ángel del Señor puesto en pie á la derecha del altar del incienso.
Y dijo Zacarías al ángel: ¿En qué conoceré esto? porque yo soy viejo, y mi mujer avanzada en días.
Y he aquí estarás mudo y no podrás hablar, hasta el día que esto sea hecho, por cuanto no creíste á mis palabras, las cuales se cumplirán á su tiempo.
Y saliendo, no les podía hablar: y entendieron que había visto visión en el templo: y él les hablaba por señas, y quedó mudo.
Y fué, que cumplidos los días de su oficio, se vino á su casa.
Porque el Señor me ha hecho así en los días en que miró para quitar mi afrenta entre los hombres.
Y reinará en la casa de Jacob por siempre; y de su reino no habrá fin.
Entonces María dijo al ángel: ¿Cómo será esto? porque no conozco varón.
Porque ninguna cosa es imposible para Dios.
Recibió á Israel su siervo, acordándose de la misericordia,
Y le dijeron: ¿Por qué? nadie hay en tu parentela que se llame de este nombre.
Y fué un temor sobre todos los vecinos de ellos; y en todas las montañas de Judea fueron divulgadas todas estas cosas.
Y nos alzó un cuerno de salvación en la casa de David su siervo,
Dando conocimiento de salud á su pueblo, para remisión de sus pecados,
E iban todos para ser empadronados, cada uno á su ciudad.
Y he aquí el ángel del Señor vino sobre ellos, y la claridad de Dios los cercó de resplandor; y tuvieron gran temor.
Gloria en las alturas á Dios, y en la tierra paz, buena voluntad para con los hombres.
Y se volvieron los pastores glorificando y alabando á Dios de todas las cosas que habían oído y visto, como les había sido dicho.
Y vino por Espíritu al templo. Y cuando metieron al niño Jesús sus padres en el templo, para hacer por él conforme á la costumbre de la ley,
Ahora despides, Señor, á tu siervo, conforme á tu palabra, en paz;
Y José y su madre estaban maravillados de las cosas que se decían de él.
Y una espada traspasará tu alma de ti misma, para que sean manifestados los pensamientos de muchos corazones.
Entonces Herodes el tetrarca, siendo reprendido por él á causa de Herodías, mujer de Felipe su hermano, y de todas las maldades que había hecho Herodes,
Añadió también esto sobre todo, que encerró á Juan en la cárcel.
Y aconteció que, como todo el pueblo se bautizaba, también Jesús fué bautizado; y orando, el cielo se abrió,
Y le llevó el diablo á un alto monte, y le mostró en un momento de tiempo todos los reinos de la tierra.
Y respondiendo Jesús, le dijo: Dicho está: No tentarás al Señor tu Dios.
Y muchos leprosos había en Israel en tiempo del profeta Eliseo; mas ninguno de ellos fué limpio, sino Naamán el Siro.
Y poniéndose el sol, todos los que tenían enfermos de diversas enfermedades, los traían á él; y él, poniendo las manos sobre cada uno de ellos, los sanaba.
Mas él les dijo: Que también á otras ciudades es necesario que anuncie el evangelio del reino de Dios; porque para esto soy enviado.
Y habiéndolo hecho, encerraron gran multitud de pescado, que su red se rompía.
Mas él se apartaba á los desiertos, y oraba.
¿Qué es más fácil, decir: Tus pecados te son perdonados, ó decir: Levántate y anda?
Y les decía también una parábola: Nadie mete remiendo de paño nuevo en vestido viejo; de otra manera el nuevo rompe, y al viejo no conviene remiendo nuevo.
Y ninguno que bebiere del añejo, quiere luego el nuevo; porque dice: El añejo es mejor.
Y les decía: El Hijo del hombre es Señor aun del sábado.
Mas él sabía los pensamientos de ellos; y dijo al hombre que tenía la mano seca: Levántate, y ponte en medio. Y él levantándose, se puso en pie.
Y los que habían sido atormentados de espíritus inmundos: y estaban curados.
Y como queréis que os hagan los hombres, así hacedles también vosotros:
Y si prestareis á aquellos de quienes esperáis recibir, ¿qué gracias tendréis? porque también los pecadores prestan á los pecadores, para recibir otro tanto.
Dad, y se os dará; medida buena, apretada, remecida, y rebosando darán en vuestro seno: porque con la misma medida que midiereis, os será vuelto á medir.
Y como llegó cerca de la puerta de la ciudad, he aquí que sacaban fuera á un difunto, unigénito de su madre, la cual también era viuda: y había con ella grande compañía de la ciudad.
Y salió esta fama de él por toda Judea, y por toda la tierra de alrededor.
Y bienaventurado es el que no fuere escandalizado en mí.
Porque os digo que entre los nacidos de mujeres, no hay mayor profeta que Juan el Bautista: mas el más pequeño en el reino de los cielos es mayor que él.
Mas los Fariseos y los sabios de la ley, desecharon el consejo de Dios contra sí mismos, no siendo bautizados de él.
Vino el Hijo del hombre, que come y bebe, y decís: He aquí un hombre comilón, y bebedor de vino, amigo de publicanos y de pecadores.
Mas la sabiduría es justificada de todos sus hijos.
Y he aquí una mujer que había sido pecadora en la ciudad, como entendió que estaba á la mesa en casa de aquel Fariseo, trajo un alabastro de ungüento,
Y los que estaban juntamente sentados á la mesa, comenzaron á decir entre sí: ¿Quién es éste, que también perdona pecados?
Y Juana, mujer de Chuza, procurador de Herodes, y Susana, y otras muchas que le servían de sus haciendas.
Porque no hay cosa oculta, que no haya de ser manifestada; ni cosa escondida, que no haya de ser entendida, y de venir á luz.
El entonces respondiendo, les dijo: Mi madre y mis hermanos son los que oyen la palabra de Dios, y la ejecutan.
Y le rogaban que no les mandase ir al abismo.
Y los pastores, como vieron lo que había acontecido, huyeron, y yendo dieron aviso en la ciudad y por las heredades.
Y aquel hombre, de quien habían salido los demonios, le rogó para estar con él; mas Jesús le despidió, diciendo:
Y aconteció que volviendo Jesús, recibióle la gente; porque todos le esperaban.
Porque tenía una hija única, como de doce años, y ella se estaba muriendo. Y yendo, le apretaba la compañía.
Y entrado en casa, no dejó entrar á nadie consigo, sino á Pedro, y á Jacobo, y á Juan, y al padre y á la madre de la moza.
Y lloraban todos, y la plañían. Y él dijo: No lloréis; no es muerta, sino que duerme.
Y JUNTANDO á sus doce discípulos, les dió virtud y potestad sobre todos los demonios, y que sanasen enfermedades.
Y los envió á que predicasen el reino de Dios, y que sanasen á los enfermos.
Y les dice: No toméis nada para el camino, ni báculo, ni alforja, ni pan, ni dinero; ni tengáis dos vestidos cada uno.
Y les dijo: ¿Y vosotros, quién decís que soy? Entonces respondiendo Simón Pedro, dijo: El Cristo de Dios.
Y entre tanto que oraba, la apariencia de su rostro se hizo otra, y su vestido blanco y resplandeciente.
Y estando él hablando esto, vino una nube que los cubrió; y tuvieron temor, entrando ellos en la nube.
Y aconteció al día siguiente, que apartándose ellos del monte, gran compañía les salió al encuentro.
Y viendo esto sus discípulos Jacobo y Juan, dijeron: Señor, ¿quieres que mandemos que descienda fuego del cielo, y los consuma, como hizo Elías?
Y Jesús le dijo: Deja los muertos que entierren á sus muertos; y tú, ve, y anuncia el reino de Dios.
Y él le dijo: ¿Qué está escrito en la ley? ¿cómo lees?
Y respondiendo Jesús, dijo: Un hombre descendía de Jerusalem á Jericó, y cayó en manos de ladrones, los cuales le despojaron; é hiriéndole, se fueron, dejándole medio muerto.
Y asimismo un Levita, llegando cerca de aquel lugar, y viéndole, se pasó de un lado.
Y él dijo: El que usó con él de misericordia. Entonces Jesús le dijo: Ve, y haz tú lo mismo.
Y ACONTECIÓ que estando él orando en un lugar, como acabó, uno de sus discípulos le dijo: Señor, enséñanos á orar, como también Juan enseñó á sus discípulos.
Y les dijo: Cuando orareis, decid: Padre nuestro que estás en los cielos; sea tu nombre santificado. Venga tu reino. Sea hecha tu voluntad, como en el cielo, así también en la tierra.
El pan nuestro de cada día, dános lo hoy.
Y el de dentro respondiendo, dijere: No me seas molesto; la puerta está ya cerrada, y mis niños están conmigo en cama; no puedo levantarme, y darte?
Mas si sobreviniendo otro más fuerte que él, le venciere, le toma todas sus armas en que confiaba, y reparte sus despojos.
Entonces va, y toma otros siete espíritus peores que él; y entrados, habitan allí: y lo postrero del tal hombre es peor que lo primero.
Y él dijo: Antes bienaventurados los que oyen la palabra de Dios, y la guardan.
Así que, siendo todo tu cuerpo resplandeciente, no teniendo alguna parte de tinieblas, será todo luminoso, como cuando una antorcha de resplandor te alumbra.
Porque nada hay encubierto, que no haya de ser descubierto; ni oculto, que no haya de ser sabido.
Mas os digo, amigos míos: No temáis de los que matan el cuerpo, y después no tienen más que hacer.
Y vosotros semejantes á hombres que esperan cuando su señor ha de volver de las bodas; para que cuando viniere y llamare, luego le abran.
Entonces Pedro le dijo: Señor, ¿dices esta parábola á nosotros, ó también á todos?
Bienaventurado aquel siervo, al cual, cuando el señor viniere, hallare haciendo así.
Porque estarán de aquí adelante cinco en una casa divididos; tres contra dos, y dos contra tres.
¿Y por qué aun de vosotros mismos no juzgáis lo que es justo?
Y respondiendo Jesús, les dijo: ¿Pensáis que estos Galileos, porque han padecido tales cosas, hayan sido más pecadores que todos los Galileos?
O aquellos dieciocho, sobre los cuales cayó la torre en Siloé, y los mató, ¿pensáis que ellos fueron más deudores que todos los hombres que habitan en Jerusalem?
Y he aquí una mujer que tenía espíritu de enfermedad dieciocho años, y andaba agobiada, que en ninguna manera se podía enhestar.
Porfiad á entrar por la puerta angosta; porque os digo que muchos procurarán entrar, y no podrán.
Entonces comenzaréis á decir: Delante de ti hemos comido y bebido, y en nuestras plazas enseñaste;
Aquel mismo día llegaron unos de los Fariseos, diciéndole: Sal, y vete de aquí, porque Herodes te quiere matar.
Y ellos callaron. Entonces él tomándole, le sanó, y despidióle.
Y observando cómo escogían los primeros asientos á la mesa, propuso una parábola á los convidados, diciéndoles:
Y viniendo el que te llamó á ti y á él, te diga: Da lugar á éste: y entonces comiences con vergüenza á tener el lugar último.
Y dijo también al que le había convidado: Cuando haces comida ó cena, no llames á tus amigos, ni á tus hermanos, ni á tus parientes, ni á vecinos ricos; porque también ellos no te vuelvan á convidar, y te sea hecha compensación.
Y serás bienaventurado; porque no te pueden retribuir; mas te será recompensado en la resurrección de los justos.
Y á la hora de la cena envió á su siervo á decir á los convidados: Venid, que ya está todo aparejado.
Y él les propuso esta parábola, diciendo:
¿Qué hombre de vosotros, teniendo cien ovejas, si perdiere una de ellas, no deja las noventa y nueve en el desierto, y va á la que se perdió, hasta que la halle?
Y el hijo le dijo: Padre, he pecado contra el cielo, y contra ti, y ya no soy digno de ser llamado tu hijo.
Y llamando á uno de los criados, preguntóle qué era aquello.
El entonces le dijo: Hijo, tú siempre estás conmigo, y todas mis cosas son tuyas.
Y le llamó, y le dijo: ¿Qué es esto que oigo de ti? Da cuenta de tu mayordomía, porque ya no podrás más ser mayordomo.
Y en el infierno alzó sus ojos, estando en los tormentos, y vió á Abraham de lejos, y á Lázaro en su seno.
El entonces dijo: No, padre Abraham: mas si alguno fuere á ellos de los muertos, se arrepentirán.
Y Á SUS discípulos dice: Imposible es que no vengan escándalos; mas ¡ay de aquél por quien vienen!
Mejor le fuera, si le pusiesen al cuello una piedra de molino, y le lanzasen en el mar, que escandalizar á uno de estos pequeñitos.
Y si siete veces al día pecare contra ti, y siete veces al día se volviere á ti, diciendo, pésame, perdónale.
Y dijo á sus discípulos: Tiempo vendrá, cuando desearéis ver uno de los días del Hijo del hombre, y no lo veréis.
Mas primero es necesario que padezca mucho, y sea reprobado de esta generación.
Todavía, porque esta viuda me es molesta, le haré justicia, porque al fin no venga y me muela.
Y dijo también á unos que confiaban de sí como justos, y menospreciaban á los otros, esta parábola:
Y traían á él los niños para que los tocase; lo cual viendo los discípulos les reñían.
De cierto os digo, que cualquiera que no recibiere el reino de Dios como un niño, no entrará en él.
Entonces dió voces, diciendo: Jesús, Hijo de David, ten misericordia de mí.
Jesús entonces parándose, mandó traerle á sí: y como él llegó, le preguntó,
Y procuraba ver á Jesús quién fuese; mas no podía á causa de la multitud, porque era pequeño de estatura.
Y como vino á aquel lugar Jesús, mirando, le vió, y díjole: Zaqueo, date priesa, desciende, porque hoy es necesario que pose en tu casa.
Empero sus ciudadanos le aborrecían, y enviaron tras de él una embajada, diciendo: No queremos que éste reine sobre nosotros.
Entonces algunos de los Fariseos de la compañía, le dijeron: Maestro, reprende á tus discípulos.
Diciendo: ¡Oh si también tú conocieses, á lo menos en este tu día, lo que toca á tu paz! mas ahora está encubierto de tus ojos.
Y no hallaban qué hacerle, porque todo el pueblo estaba suspenso oyéndole.
Respondiendo entonces Jesús, les dijo: Os preguntaré yo también una palabra; respondedme:
Mas él, entendiendo la astucia de ellos, les dijo: ¿Por qué me tentáis?
Y que los muertos hayan de resucitar, aun Moisés lo enseñó en el pasaje de la zarza, cuando llama al Señor: Dios de Abraham, y Dios de Isaac, y Dios de Jacob.
Que devoran las casas de las viudas, poniendo por pretexto la larga oración: éstos recibirán mayor condenación.
Y MIRANDO, vió á los ricos que echaban sus ofrendas en el gazofilacio.
Secándose los hombres á causa del temor y expectación de las cosas que sobrevendrán á la redondez de la tierra: porque las virtudes de los cielos serán conmovidas.
Así también vosotros, cuando viereis hacerse estas cosas, entended que está cerca el reino de Dios.
Y decid al padre de la familia de la casa: El Maestro te dice: ¿Dónde está el aposento donde tengo de comer la pascua con mis discípulos?
Asimismo también el vaso, después que hubo cenado, diciendo: Este vaso es el nuevo pacto en mi sangre, que por vosotros se derrama.
Ellos entonces comenzaron á preguntar entre sí, cuál de ellos sería el que había de hacer esto.
Entonces él les dijo: Los reyes de las gentes se enseñorean de ellas; y los que sobre ellas tienen potestad, son llamados bienhechores:
Porque os digo, que es necesario que se cumpla todavía en mí aquello que está escrito: Y con los malos fué contado: porque lo que está escrito de mí, cumplimiento tiene.
Y saliendo, se fué, como solía, al monte de las Olivas; y sus discípulos también le siguieron.
Y cubriéndole, herían su rostro, y preguntábanle, diciendo: Profetiza quién es el que te hirió.
Mas Jesús, vuelto á ellas, les dice: Hijas de Jerusalem, no me lloréis á mí, mas llorad por vosotras mismas, y por vuestros hijos.
Y Jesús decía: Padre, perdónalos, porque no saben lo que hacen. Y partiendo sus vestidos, echaron suertes.
Y las mujeres que con él habían venido de Galilea, siguieron también y vieron el sepulcro, y cómo fué puesto su cuerpo.
No está aquí, mas ha resucitado: acordaos de lo que os habló, cuando aun estaba en Galilea,
Y no hallando su cuerpo, vinieron diciendo que también habían visto visión de ángeles, los cuales dijeron que él vive.
Que decían: Ha resucitado el Señor verdaderamente, y ha aparecido á Simón.
Y aconteció que bendiciéndolos, se fué de ellos; y era llevado arriba al cielo.
Y ellos, después de haberle adorado, se volvieron á Jerusalem con gran gozo;
Y la luz en las tinieblas resplandece; mas las tinieblas no la comprendieron.
Aquél era la luz verdadera, que alumbra á todo hombre que viene á este mundo.
Y volviéndose Jesús, y viéndolos seguir le, díceles: ¿Qué buscáis? Y ellos le dijeron: Rabbí (que declarado quiere decir Maestro) ¿dónde moras?
Era Andrés, hermano de Simón Pedro, uno de los dos que habían oído de Juan, y le habían seguido.
Felipe halló á Natanael, y dícele: Hemos hallado á aquel de quien escribió Moisés en la ley, y los profetas: á Jesús, el hijo de José, de Nazaret.
Y fué también llamado Jesús y sus discípulos á las bodas.
Y faltando el vino, la madre de Jesús le dijo: Vino no tienen.
Y estaba cerca la Pascua de los Judíos; y subió Jesús á Jerusalem.
Mas el mismo Jesús no se confiaba á sí mismo de ellos, porque él conocía á todos,
Para que todo aquel que en él creyere, no se pierda, sino que tenga vida eterna.
Vosotros mismos me sois testigos que dije: Yo no soy el Cristo, sino que soy enviado delante de él.
El que tiene la esposa, es el esposo; mas el amigo del esposo, que está en pie y le oye, se goza grandemente de la voz del esposo; así pues, este mi gozo es cumplido.
El que de arriba viene, sobre todos es: el que es de la tierra, terreno es, y cosas terrenas habla: el que viene del cielo, sobre todos es.
Dejó á Judea, y fuése otra vez á Galilea.
(Porque sus discípulos habían ido á la ciudad á comprar de comer.)
Entonces la mujer dejó su cántaro, y fué á la ciudad, y dijo á aquellos hombres:
Díceles Jesús: Mi comida es que haga la voluntad del que me envió, y que acabe su obra.
Y el que siega, recibe salario, y allega fruto para vida eterna; para que el que siembra también goce, y el que siega.
Yo os he enviado á segar lo que vosotros no labrasteis: otros labraron, y vosotros habéis entrado en sus labores.
Porque el mismo Jesús dió testimonio de que el profeta en su tierra no tiene honra.
Vino pues Jesús otra vez á Caná de Galilea, donde había hecho el vino del agua. Y había en Capernaum uno del rey, cuyo hijo estaba enfermo.
Esta segunda señal volvió Jesús á hacer, cuando vino de Judea á Galilea.
Señor, le respondió el enfermo, no tengo hombre que me meta en el estanque cuando el agua fuere revuelta; porque entre tanto que yo vengo, otro antes de mí ha descendido.
Dícele Jesús: Levántate, toma tu lecho, y anda.
Y por esta causa los Judíos perseguían á Jesús, y procuraban matarle, porque hacía estas cosas en sábado.
Entonces, por tanto, más procuraban los Judíos matarle, porque no sólo quebrantaba el sábado, sino que también á su Padre llamaba Dios, haciéndose igual á Dios.
Porque el Padre ama al Hijo, y le muestra todas las cosas que él hace; y mayores obras que éstas le mostrará, de suerte que vosotros os maravilléis.
Porque el Padre á nadie juzga, mas todo el juicio dió al Hijo;
Mas yo tengo mayor testimonio que el de Juan: porque las obras que el Padre me dió que cumpliese, las mismas obras que yo hago, dan testimonio de mí, que el Padre me haya enviado.
Y como fueron saciados, dijo á sus discípulos: Recoged los pedazos que han quedado, porque no se pierda nada.
Ellos entonces gustaron recibirle en el barco: y luego el barco llegó á la tierra donde iban.
Como vió pues la gente que Jesús no estaba allí, ni sus discípulos, entraron ellos en las navecillas, y vinieron á Capernaum buscando á Jesús.
Respondió Jesús, y díjoles: Esta es la obra de Dios, que creáis en el que él ha enviado.
Y Jesús les dijo: De cierto, de cierto os digo: No os dió Moisés pan del cielo; mas mi Padre os da el verdadero pan del cielo.
Y esta es la voluntad del que me ha enviado: Que todo aquel que ve al Hijo, y cree en él, tenga vida eterna: y yo le resucitaré en el día postrero.
Este es el pan que desciende del cielo, para que el que de él comiere, no muera.
Yo soy el pan vivo que he descendido del cielo: si alguno comiere de este pan, vivirá para siempre; y el pan que yo daré es mi carne, la cual yo daré por la vida del mundo.
Díceles entonces Jesús: Mi tiempo aun no ha venido; mas vuestro tiempo siempre está presto.
Y maravillábanse los Judíos, diciendo: ¿Cómo sabe éste letras, no habiendo aprendido?
¿No os dió Moisés la ley, y ninguno de vosotros hace la ley? ¿Por qué me procuráis matar?
Yo le conozco, porque de él soy, y él me envió.
Entonces los Judíos dijeron entre sí: ¿A dónde se ha de ir éste que no le hallemos? ¿Se ha de ir á los esparcidos entre los Griegos, y á enseñar á los Griegos?
Entonces algunos de la multitud, oyendo este dicho, decían: Verdaderamente éste es el profeta.
Otros decían: Este es el Cristo. Algunos empero decían: ¿De Galilea ha de venir el Cristo?
Así que había disensión entre la gente acerca de él.
Los ministriles respondieron: Nunca ha hablado hombre así como este hombre.
Dícenle: Maestro, esta mujer ha sido tomada en el mismo hecho, adulterando;
Y en la ley Moisés nos mandó apedrear á las tales: tú pues, ¿qué dices?
Y ella dijo: Señor, ninguno. Entonces Jesús le dijo: Ni yo te condeno: vete, y no peques más.
Yo soy el que doy testimonio de mí mismo: y da testimonio de mí el que me envió, el Padre.
Estas palabras habló Jesús en el lugar de las limosnas, enseñando en el templo: y nadie le prendió; porque aun no había venido su hora.
Yo hablo lo que he visto cerca del Padre; y vosotros hacéis lo que habéis oído cerca de vuestro padre.
Empero ahora procuráis matarme, hombre que os he hablado la verdad, la cual he oído de Dios: no hizo esto Abraham.
¿Quién de vosotros me redarguye de pecado? Pues si digo verdad, ¿por qué vosotros no me creéis?
De cierto, de cierto os digo, que el que guardare mi palabra, no verá muerte para siempre.
Dijéronle entonces los Judíos: Aun no tienes cincuenta años, ¿y has visto á Abraham?
Respondió aquel hombre, y díjoles: Por cierto, maravillosa cosa es ésta, que vosotros no sabéis de dónde sea, y á mí me abrió los ojos.
Si éste no fuera de Dios, no pudiera hacer nada.
Respondieron, y dijéronle: En pecados eres nacido todo, ¿y tú nos enseñas? Y echáronle fuera.
Y dijo Jesús: Yo, para juicio he venido á este mundo: para que los que no ven, vean; y los que ven, sean cegados.
Así que, el asalariado, huye, porque es asalariado, y no tiene cuidado de las ovejas.
Mis ovejas oyen mi voz, y yo las conozco, y me siguen;
Respondióles Jesús: Muchas buenas obras os he mostrado de mi Padre; ¿por cuál obra de esas me apedreáis?
Y volvióse tras el Jordán, á aquel lugar donde primero había estado bautizando Juan; y estúvose allí.
Enviaron, pues, sus hermanas á él, diciendo: Señor, he aquí, el que amas está enfermo.
Y oyéndolo Jesús, dijo: Esta enfermedad no es para muerte, mas por gloria de Dios, para que el Hijo de Dios sea glorificado por ella.
Dícenle los discípulos: Rabbí, ahora procuraban los Judíos apedrearte, ¿y otra vez vas allá?
Y Marta dijo á Jesús: Señor, si hubieses estado aquí, mi hermano no fuera muerto;
(Que aun no había llegado Jesús á la aldea, mas estaba en aquel lugar donde Marta le había encontrado.)
Jesús entonces, como la vió llorando, y á los Judíos que habían venido juntamente con ella llorando, se conmovió en espíritu, y turbóse,
Y habiendo dicho estas cosas, clamó á gran voz: Lázaro, ven fuera.
Y Caifás, uno de ellos, sumo pontífice de aquel año, les dijo: Vosotros no sabéis nada;
Y buscaban á Jesús, y hablaban los unos con los otros estando en el templo: ¿Qué os parece, que no vendrá á la fiesta?
E hiciéronle allí una cena: y Marta servía, y Lázaro era uno de los que estaban sentados á la mesa juntamente con él.
Entonces mucha gente de los Judíos entendió que él estaba allí; y vinieron no solamente por causa de Jesús, mas también por ver á Lázaro, al cual había resucitado de los muertos.
Porque muchos de los Judíos iban y creían en Jesús por causa de él.
Estas cosas dijo Isaías cuando vió su gloria, y habló de él.
Mas Jesús clamó y dijo: El que cree en mí, no cree en mí, sino en el que me envió;
Entonces vino á Simón Pedro; y Pedro le dice: ¿Señor, tú me lavas los pies?
Dícele Simón Pedro: Señor, no sólo mis pies, mas aun las manos y la cabeza.
Porque ejemplo os he dado, para que como yo os he hecho, vosotros también hagáis.
Respondió Jesús: Aquél es, á quien yo diere el pan mojado. Y mojando el pan, diólo á Judas Iscariote, hijo de Simón.
Si Dios es glorificado en él, Dios también le glorificará en sí mismo, y luego le glorificará.
En esto conocerán todos que sois mis discípulos, si tuviereis amor los unos con los otros.
NO se turbe vuestro corazón: creéis en Dios, creed también en mí.
Y si me fuere, y os aparejare lugar, vendré otra vez, y os tomaré á mí mismo: para que donde yo estoy, vosotros también estéis.
¿No crees que yo soy en el Padre, y el Padre en mí? Las palabras que yo os hablo, no las hablo de mí mismo: mas el Padre que está en mí, él hace las obras.
De cierto, de cierto os digo: El que en mí cree, las obras que yo hago también él las hará; y mayores que éstas hará; porque yo voy al Padre.
Y ahora os lo he dicho antes que se haga; para que cuando se hiciere, creáis.
Ya no hablaré mucho con vosotros: porque viene el príncipe de este mundo; mas no tiene nada en mí.
Ya vosotros sois limpios por la palabra que os he hablado.
Si guardareis mis mandamientos, estaréis en mi amor; como yo también he guardado los mandamientos de mi Padre, y estoy en su amor.
Ya no os llamaré siervos, porque el siervo no sabe lo que hace su señor: mas os he llamado amigos, porque todas las cosas que oí de mi Padre, os he hecho notorias.
Mas todo esto os harán por causa de mi nombre, porque no conocen al que me ha enviado.
Y vosotros daréis testimonio, porque estáis conmigo desde el principio.
Entonces dijeron algunos de sus discípulos unos á otros: ¿Qué es esto que nos dice: Un poquito, y no me veréis; y otra vez un poquito, y me veréis: y, porque yo voy al Padre?
Y aquel día no me preguntaréis nada. De cierto, de cierto os digo, que todo cuanto pidiereis al Padre en mi nombre, os lo dará.
Respondióles Jesús: ¿Ahora creéis?
Yo te he glorificado en la tierra: he acabado la obra que me diste que hiciese.
He manifestado tu nombre á los hombres que del mundo me diste: tuyos eran, y me los diste, y guardaron tu palabra.
Empero Jesús, sabiendo todas las cosas que habían de venir sobre él, salió delante, y díjoles: ¿A quién buscáis?
Y seguía á Jesús Simón Pedro, y otro discípulo. Y aquel discípulo era conocido del pontífice, y entró con Jesús al atrio del pontífice;
Y como él hubo dicho esto, uno de los criados que estaba allí, dió una bofetada á Jesús, diciendo: ¿Así respondes al pontífice?
Respondióle Jesús: ¿Dices tú esto de ti mismo, ó te lo han dicho otros de mí?
ASÍ que, entonces tomó Pilato á Jesús, y le azotó.
Y como Pilato oyó esta palabra, tuvo más miedo.
Respondió Jesús: Ninguna potestad tendrías contra mí, si no te fuese dado de arriba: por tanto, el que á ti me ha entregado, mayor pecado tiene.
Entonces Pilato, oyendo este dicho, llevó fuera á Jesús, y se sentó en el tribunal en el lugar que se dice Lithóstrotos, y en hebreo Gabbatha.
Y era la víspera de la Pascua, y como la hora de sexta. Entonces dijo á los Judíos: He aquí vuestro Rey.
Y escribió también Pilato un título, que puso encima de la cruz. Y el escrito era: JESUS NAZARENO, REY DE LOS JUDIOS.
Y muchos de los Judíos leyeron este título: porque el lugar donde estaba crucificado Jesús era cerca de la ciudad: y estaba escrito en hebreo, en griego, y en latín.
Respondió Pilato: Lo que he escrito, he escrito.
Y EL primer día de la semana, María Magdalena vino de mañana, siendo aún obscuro, al sepulcro; y vió la piedra quitada del sepulcro.
Empero María estaba fuera llorando junto al sepulcro: y estando llorando, bajóse á mirar el sepulcro;
Y dijéronle: Mujer, ¿por qué lloras? Díceles: Porque se han llevado á mi Señor, y no sé dónde le han puesto.
Empero Tomás, uno de los doce, que se dice el Dídimo, no estaba con ellos cuando Jesús vino.
Luego dice á Tomás: Mete tu dedo aquí, y ve mis manos: y alarga acá tu mano, y métela en mi costado: y no seas incrédulo, sino fiel.
DESPUÉS se manifestó Jesús otra vez á sus discípulos en la mar de Tiberias; y manifestóse de esta manera.
Y él les dice: Echad la red á la mano derecha del barco, y hallaréis. Entonces la echaron, y no la podían en ninguna manera sacar, por la multitud de los peces.
Y estando juntos, les mandó que no se fuesen de Jerusalem, sino que esperasen la promesa del Padre, que oísteis, dijo, de mí.
Entonces se volvieron á Jerusalem del monte que se llama del Olivar, el cual está cerca de Jerusalem camino de un sábado.
Todos éstos perseveraban unánimes en oración y ruego, con las mujeres, y con María la madre de Jesús, y con sus hermanos.
Y fué notorio á todos los moradores de Jerusalem; de tal manera que aquel campo es llamado en su propia lengua, Acéldama, que es, Campo de sangre.
Porque está escrito en el libro de los salmos: Sea hecha desierta su habitación, y no haya quien more en ella; y: Tome otro su obispado.
Para que tome el oficio de este ministerio y apostolado, del cual cayó Judas por transgresión, para irse á su lugar.
Y les echaron suertes, y cayó la suerte sobre Matías; y fué contado con los once apóstoles.
Y se les aparecieron lenguas repartidas, como de fuego, que se asentó sobre cada uno de ellos.
Mas otros burlándose, decían: Que están llenos de mosto.
Entonces Pedro, poniéndose en pie con los once, alzó su voz, y hablóles diciendo: Varones Judíos, y todos los que habitáis en Jerusalem, esto os sea notorio, y oid mis palabras.
El sol se volverá en tinieblas, y la luna en sangre, antes que venga el día del Señor, grande y manifiesto;
Y Pedro les dice: Arrepentíos, y bautícese cada uno de vosotros en el nombre de Jesucristo para perdón de los pecados; y recibiréis el don del Espíritu Santo.
Y un hombre que era cojo desde el vientre de su madre, era traído; al cual ponían cada día á la puerta del templo que se llama la Hermosa, para que pidiese limosna de los que entraban en el templo.
Y teniendo á Pedro y á Juan el cojo que había sido sanado, todo el pueblo concurrió á ellos al pórtico que se llama de Salomón, atónitos.
Y viendo esto Pedro, respondió al pueblo: Varones Israelitas, ¿por qué os maravilláis de esto? ó ¿por qué ponéis los ojos en nosotros, como si con nuestra virtud ó piedad hubiésemos hecho andar á éste?
Resentidos de que enseñasen al pueblo, y anunciasen en Jesús la resurrección de los muertos.
Mas muchos de los que habían oído la palabra, creyeron; y fué el número de los varones como cinco mil.
Y haciéndolos presentar en medio, les preguntaron: ¿Con qué potestad, ó en qué nombre, habéis hecho vosotros esto?
Sea notorio á todos vosotros, y á todo el pueblo de Israel, que en el nombre de Jesucristo de Nazaret, al que vosotros crucificasteis y Dios le resucitó de los muertos, por él este hombre está en vuestra presencia sano.
Y en ningún otro hay salud; porque no hay otro nombre debajo del cielo, dado á los hombres, en que podamos ser salvos.
Que extiendas tu mano á que sanidades, y milagros, y prodigios sean hechos por el nombre de tu santo Hijo Jesús.
Y pasado espacio como de tres horas, sucedió que entró su mujer, no sabiendo lo que había acontecido.
Y Pedro le dijo: ¿Por qué os concertasteis para tentar al Espíritu del Señor? He aquí á la puerta los pies de los que han sepultado á tu marido, y te sacarán.
Y los que creían en el Señor se aumentaban más, gran número así de hombres como de mujeres;
Y oído que hubieron esto, entraron de mañana en el templo, y enseñaban. Entre tanto, viniendo el príncipe de los sacerdotes, y los que eran con él, convocaron el concilio, y á todos los ancianos de los hijos de Israel, y enviaron á la cárcel para que fuesen traídos.
Pero viniendo uno, dióles esta noticia: He aquí, los varones que echasteis en la cárcel, están en el templo, y enseñan al pueblo.
Empero Esteban, lleno de gracia y de potencia, hacía prodigios y milagros grandes en el pueblo.
Entonces sobornaron á unos que dijesen que le habían oído hablar palabras blasfemas contra Moisés y Dios.
Y dióle el pacto de la circuncisión: y así Abraham engendró á Isaac, y le circuncidó al octavo día; é Isaac á Jacob, y Jacob á los doce patriarcas.
Y los patriarcas, movidos de envidia, vendieron á José para Egipto; mas Dios era con él,
Vino entonces hambre en toda la tierra de Egipto y de Canaán, y grande tribulación; y nuestros padres no hallaban alimentos.
Mas como se acercaba el tiempo de la promesa, la cual Dios había jurado á Abraham, el pueblo creció y multiplicóse en Egipto,
¿Quieres tú matarme, como mataste ayer al Egipcio?
Entonces Moisés mirando, se maravilló de la visión: y llegándose para considerar, fué hecha á él voz del Señor:
Mas él, estando lleno de Espíritu Santo, puestos los ojos en el cielo, vió la gloria de Dios, y á Jesús que estaba á la diestra de Dios,
Entonces Felipe, descendiendo á la ciudad de Samaria, les predicaba á Cristo.
Porque de muchos que tenían espíritus inmundos, salían éstos dando grandes voces; y muchos paralíticos y cojos eran sanados:
Entonces él se levantó, y fué: y he aquí un Etiope, eunuco, gobernador de Candace, reina de los Etiopes, el cual era puesto sobre todos sus tesoros, y había venido á adorar á Jerusalem,
Y yendo por el camino, llegaron á cierta agua; y dijo el eunuco: He aquí agua; ¿qué impide que yo sea bautizado?
Y como subieron del agua, el Espíritu del Señor arrebató á Felipe; y no le vió más el eunuco, y se fué por su camino gozoso.
Y demandó de él letras para Damasco á las sinagogas, para que si hallase algunos hombres ó mujeres de esta secta, los trajese presos á Jerusalem.
Donde estuvo tres días sin ver, y no comió, ni bebió.
Y el Señor le dijo: Levántate, y ve á la calle que se llama la Derecha, y busca en casa de Judas á uno llamado Saulo, de Tarso: porque he aquí, él ora;
Entonces echados fuera todos, Pedro puesto de rodillas, oró; y vuelto al cuerpo, dijo: Tabita, levántate. Y ella abrió los ojos, y viendo á Pedro, incorporóse.
Y HABÍA un varón en Cesarea llamado Cornelio, centurión de la compañía que se llamaba la Italiana,
Este vió en visión manifiestamente, como á la hora nona del día, que un ángel de Dios entraba á él, y le decía: Cornelio.
Este posa en casa de un Simón, curtidor, que tiene su casa junto á la mar: él te dirá lo que te conviene hacer.
Y al día siguiente, yendo ellos su camino, y llegando cerca de la ciudad, Pedro subió á la azotea á orar, cerca de la hora de sexta;
Entonces Pedro dijo: Señor, no; porque ninguna cosa común é inmunda he comido jamás.
Mas Pedro le levantó, diciendo: Levántate; yo mismo también soy hombre.
Entonces Cornelio dijo: Cuatro días ha que á esta hora yo estaba ayuno; y á la hora de nona estando orando en mi casa, he aquí, un varón se puso delante de mí en vestido resplandeciente.
Envía pues á Joppe, y haz venir á un Simón, que tiene por sobrenombre Pedro; éste posa en casa de Simón, curtidor, junto á la mar; el cual venido, te hablará.
Y nos mandó que predicásemos al pueblo, y testificásemos que él es el que Dios ha puesto por Juez de vivos y muertos.
Y he aquí, luego sobrevinieron tres hombres á la casa donde yo estaba, enviados á mí de Cesarea.
Y como comencé á hablar, cayó el Espíritu Santo sobre ellos también, como sobre nosotros al principio.
Entonces, oídas estas cosas, callaron, y glorificaron á Dios, diciendo: De manera que también á los Gentiles ha dado Dios arrepentimiento para vida.
Y la mano del Señor era con ellos: y creyendo, gran número se convirtió al Señor.
Y he aquí, el ángel del Señor sobrevino, y una luz resplandeció en la cárcel; é hiriendo á Pedro en el lado, le despertó, diciendo: Levántate prestamente. Y las cadenas se le cayeron de las manos.
Mas él haciéndoles con la mano señal de que callasen, les contó cómo el Señor le había sacado de la cárcel. Y dijo: Haced saber esto á Jacobo y á los hermanos. Y salió, y partió á otro lugar.
Ahora pues, he aquí la mano del Señor es contra ti, y serás ciego, que no veas el sol por tiempo. Y luego cayeron en él obscuridad y tinieblas; y andando alrededor, buscaba quién le condujese por la mano.
De la simiente de éste, Dios, conforme á la promesa, levantó á Jesús por Salvador á Israel;
Y habiendo cumplido todas las cosas que de él estaban escritas, quitándolo del madero, lo pusieron en el sepulcro.
Y que le levantó de los muertos para nunca más volver á corrupción, así lo dijo: Os daré las misericordias fieles de David.
Mas los Judíos concitaron mujeres pías y honestas, y á los principales de la ciudad, y levantaron persecución contra Pablo y Bernabé, y los echaron de sus términos.
Mas el vulgo de la ciudad estaba dividido; y unos eran con los Judíos, y otros con los apóstoles.
Simón ha contado cómo Dios primero visitó á los Gentiles, para tomar de ellos pueblo para su nombre;
La cual, como leyeron, fueron gozosos de la consolación.
Y Pablo y Bernabé se estaban en Antioquía, enseñando la palabra del Señor y anunciando el evangelio con otros muchos.
Y anduvo la Siria y la Cilicia, confirmando á las iglesias.
Y pasando á Misia, descendieron á Troas.
Y fué mostrada á Pablo de noche una visión: Un varón Macedonio se puso delante, rogándole, y diciendo: Pasa á Macedonia, y ayúdanos.
Y cuando fué bautizada, y su familia, nos rogó, diciendo: Si habéis juzgado que yo sea fiel al Señor, entrad en mi casa, y posad: y constriñónos.
Entonces los Judíos que eran incrédulos, teniendo celos, tomaron consigo á algunos ociosos, malos hombres, y juntando compañía, alborotaron la ciudad; y acometiendo á la casa de Jasón, procuraban sacarlos al pueblo.
Entonces los hermanos, luego de noche, enviaron á Pablo y á Silas á Berea; los cuales habiendo llegado, entraron en la sinagoga de los Judíos.
Porque pones en nuestros oídos unas nuevas cosas: queremos pues saber qué quiere ser esto.
Ni es honrado con manos de hombres, necesitado de algo; pues él da á todos vida, y respiración, y todas las cosas;
Para que buscasen á Dios, si en alguna manera, palpando, le hallen; aunque cierto no está lejos de cada uno de nosotros:
Y los echó del tribunal.
Oído que hubieron esto, fueron bautizados en el nombre del Señor Jesús.
Y esto fué por espacio de dos años; de manera que todos los que habitaban en Asia, Judíos y Griegos, oyeron la palabra del Señor Jesús.
Y había siete hijos de un tal Sceva, Judío, príncipe de los sacerdotes, que hacían esto.
Y muchos de los que habían creído, venían, confesando y dando cuenta de sus hechos.
Y veis y oís que este Pablo, no solamente en Efeso, sino á muchas gentes de casi toda el Asia, ha apartado con persuasión, diciendo, que no son dioses los que se hacen con las manos.
Y otros gritaban otra cosa; porque la concurrencia estaba confusa, y los más no sabían por qué se habían juntado.
Estos yendo delante, nos esperaron en Troas.
Y llevaron al mozo vivo, y fueron consolados no poco.
Por tanto, velad, acordándoos que por tres años de noche y de día, no he cesado de amonestar con lágrimas á cada uno.
Y hallando un barco que pasaba á Fenicia, nos embarcamos, y partimos.
Y nos quedamos allí siete días, hallados los discípulos, los cuales decían á Pablo por Espíritu, que no subiese á Jerusalem.
Y vinieron también con nosotros de Cesarea algunos de los discípulos, trayendo consigo á un Mnasón, Cyprio, discípulo antiguo, con el cual posásemos.
¿Qué hay pues? La multitud se reunirá de cierto: porque oirán que has venido.
Y cuando estaban para acabarse los siete días, unos Judíos de Asia, como le vieron en el templo, alborotaron todo el pueblo y le echaron mano,
Y procurando ellos matarle, fué dado aviso al tribuno de la compañía, que toda la ciudad de Jerusalem estaba alborotada;
Que he perseguido este camino hasta la muerte, prendiendo y entregando en cárceles hombres y mujeres:
Como también el príncipe de los sacerdotes me es testigo, y todos los ancianos; de los cuales también tomando letras á los hermanos, iba á Damasco para traer presos á Jerusalem aun á los que estuviesen allí, para que fuesen castigados.
Viniendo á mí, y acercándose, me dijo: Hermano Saulo, recibe la vista. Y yo en aquella hora le miré.
Y le oyeron hasta esta palabra: entonces alzaron la voz, diciendo: Quita de la tierra á un tal hombre, porque no conviene que viva.
Y viniendo el tribuno, le dijo: Dime, ¿eres tú Romano? Y él dijo: Sí.
Así que, luego se apartaron de él los que le habían de atormentar: y aun el tribuno también tuvo temor, entendido que era Romano, por haberle atado.
El príncipe de los sacerdotes, Ananías, mandó entonces á los que estaban delante de él, que le hiriesen en la boca.
Entonces Pablo le dijo: Herirte ha Dios, pared blanqueada: ¿y estás tú sentado para juzgarme conforme á la ley, y contra la ley me mandas herir?
Y los que estaban presentes dijeron: ¿Al sumo sacerdote de Dios maldices?
Entonces Pablo, sabiendo que la una parte era de Saduceos, y la otra de Fariseos, clamó en el concilio: Varones hermanos, yo soy Fariseo, hijo de Fariseo: de la esperanza y de la resurrección de los muertos soy yo juzgado.
Y que aparejasen cabalgaduras en que poniendo á Pablo, le llevasen en salvo á Félix el Presidente.
Mas siéndome dado aviso de asechanzas que le habían aparejado los Judíos, luego al punto le he enviado á ti, intimando también á los acusadores que traten delante de ti lo que tienen contra él. Pásalo bien.
Y al día siguiente, dejando á los de á caballo que fuesen con él, se volvieron á la fortaleza.
Y CINCO días después descendió el sumo sacerdote Ananías, con algunos de los ancianos, y un cierto Tértulo, orador; y parecieron delante del gobernador contra Pablo.
Porque hemos hallado que este hombre es pestilencial, y levantador de sediciones entre todos los Judíos por todo el mundo, y príncipe de la secta de los Nazarenos:
Mas Festo, queriendo congraciarse con los Judíos, respondiendo á Pablo, dijo: ¿Quieres subir á Jerusalem, y allá ser juzgado de estas cosas delante de mí?
Y pasados algunos días, el rey Agripa y Bernice vinieron á Cesarea á saludar á Festo.
Así que, habiendo venido ellos juntos acá, sin ninguna dilación, al día siguiente, sentado en el tribunal, mandé traer al hombre;
Y estando presentes los acusadores, ningún cargo produjeron de los que yo sospechaba:
Y ahora, por la esperanza de la promesa que hizo Dios á nuestros padres, soy llamado en juicio;
Yo entonces dije: ¿Quién eres, Señor? Y el Señor dijo: Yo soy Jesús, á quien tú persigues.
Mas él dijo: No estoy loco, excelentísimo Festo, sino que hablo palabras de verdad y de templanza.
Y costeándola difícilmente, llegamos á un lugar que llaman Buenos Puertos, cerca del cual estaba la ciudad de Lasea.
Y pasado mucho tiempo, y siendo ya peligrosa la navegación, porque ya era pasado el ayuno, Pablo amonestaba,
Y soplando el austro, pareciéndoles que ya tenían lo que deseaban, alzando velas, iban cerca de la costa de Creta.
Mas no mucho después dió en ella un viento repentino, que se llama Euroclidón.
Y habiendo corrido á sotavento de una pequeña isla que se llama Clauda, apenas pudimos ganar el esquife:
Y no pareciendo sol ni estrellas por muchos días, y viniendo una tempestad no pequeña, ya era perdida toda la esperanza de nuestra salud.
Y venida la décimacuarta noche, y siendo llevados por el mar Adriático, los marineros á la media noche sospecharon que estaban cerca de alguna tierra;
Y echando la sonda, hallaron veinte brazas; y pasando un poco más adelante, volviendo á echar la sonda, hallaron quince brazas.
Y habiendo temor de dar en lugares escabrosos, echando cuatro anclas de la popa, deseaban que se hiciese de día.
Y como comenzó á ser de día, Pablo exhortaba á todos que comiesen, diciendo: Este es el décimocuarto día que esperáis y permanecéis ayunos, no comiendo nada.
Mas dando en un lugar de dos aguas, hicieron encallar la nave; y la proa, hincada, estaba sin moverse, y la popa se abría con la fuerza de la mar.
Mas él, sacudiendo la víbora en el fuego, ningún mal padeció.
De allí, costeando alrededor, vinimos á Regio; y otro día después, soplando el austro, vinimos al segundo día á Puteolos:
Y como llegamos á Roma, el centurión entregó los presos al prefecto de los ejércitos, mas á Pablo fué permitido estar por sí, con un soldado que le guardase.
Entonces ellos le dijeron: Nosotros ni hemos recibido cartas tocante á ti de Judea, ni ha venido alguno de los hermanos que haya denunciado ó hablado algún mal de ti.
Entre las cuales sois también vosotros, llamados de Jesucristo:
Porque testigo me es Dios, al cual sirvo en mi espíritu en el evangelio de su Hijo, que sin cesar me acuerdo de vosotros siempre en mis oraciones,
Porque manifiesta es la ira de Dios del cielo contra toda impiedad é injusticia de los hombres, que detienen la verdad con injusticia:
Y trocaron la gloria del Dios incorruptible en semejanza de imagen de hombre corruptible, y de aves, y de animales de cuatro pies, y de serpientes.
Estando atestados de toda iniquidad, de fornicación, de malicia, de avaricia, de maldad; llenos de envidia, de homicidios, de contiendas, de engaños, de malignidades;
Tribulación y angustia sobre toda persona humana que obra lo malo, el Judío primeramente, y también el Griego:
Porque no los oidores de la ley son justos para con Dios, mas los hacedores de la ley serán justificados.
Y confías que eres guía de los ciegos, luz de los que están en tinieblas,
¿Tú, que te jactas de la ley, con infracción de la ley deshonras á Dios?
Porque por las obras de la ley ninguna carne se justificará delante de él; porque por la ley es el conocimiento del pecado.
Porque ¿qué dice la Escritura? Y creyó Abraham á Dios, y le fué atribuído á justicia.
El creyó en esperanza contra esperanza, para venir á ser padre de muchas gentes, conforme á lo que le había sido dicho: Así será tu simiente.
Plenamente convencido de que todo lo que había prometido, era también poderoso para hacerlo.
Mas no como el delito, tal fué el don: porque si por el delito de aquel uno murieron los muchos, mucho más abundó la gracia de Dios á los muchos, y el don por la gracia de un hombre, Jesucristo.
Para que, de la manera que el pecado reinó para muerte, así también la gracia reine por la justicia para vida eterna por Jesucristo Señor nuestro.
Humana cosa digo, por la flaqueza de vuestra carne: que como para iniquidad presentasteis vuestros miembros á servir á la inmundicia y á la iniquidad, así ahora para santidad presentéis vuestros miembros á servir á la justicia.
Porque el pecado, tomando ocasión, me engañó por el mandamiento, y por él me mató.
Y si hago lo que no quiero, ya no lo obro yo, sino el pecado que mora en mí.
¡Miserable hombre de mí! ¿quién me librará del cuerpo de esta muerte?
Porque la ley del Espíritu de vida en Cristo Jesús me ha librado de la ley del pecado y de la muerte.
Porque la intención de la carne es muerte; mas la intención del espíritu, vida y paz:
Porque todos los que son guiados por el Espíritu de Dios, los tales son hijos de Dios.
Porque á los que antes conoció, también predestinó para que fuesen hechos conformes á la imagen de su Hijo, para que él sea el primogénito entre muchos hermanos;
Y á los que predestinó, á éstos también llamó; y á los que llamó, á éstos también justificó; y á los que justificó, á éstos también glorificó.
Como está escrito: Por causa de ti somos muertos todo el tiempo: somos estimados como ovejas de matadero.
Porque deseara yo mismo ser apartado de Cristo por mis hermanos, los que son mis parientes según la carne;
Mas antes, oh hombre, ¿quién eres tú, para que alterques con Dios? Dirá el vaso de barro al que le labró: ¿Por qué me has hecho tal?
Como también en Oseas dice: Llamaré al que no era mi pueblo, pueblo mío; y á la no amada, amada.
Porque palabra consumadora y abreviadora en justicia, porque palabra abreviada, hará el Señor sobre la tierra.
¿Y cómo predicarán si no fueren enviados? Como está escrito: ¡Cuán hermosos son los pies de los que anuncian el evangelio de la paz, de los que anuncian el evangelio de los bienes!
Mas no todos obedecen al evangelio; pues Isaías dice: Señor, ¿quién ha creído á nuestro anuncio?
Así también, aun en este tiempo han quedado reliquias por la elección de gracia.
Como está escrito: Dióles Dios espíritu de remordimiento, ojos con que no vean, y oídos con que no oigan, hasta el día de hoy.
Y si la falta de ellos es la riqueza del mundo, y el menoscabo de ellos la riqueza de los Gentiles, ¿cuánto más el henchimiento de ellos?
Porque á vosotros hablo, Gentiles. Por cuanto pues, yo soy apóstol de los Gentiles, mi ministerio honro,
Que si Dios no perdonó á las ramas naturales, á ti tampoco no perdone.
Digo pues por la gracia que me es dada, á cada cual que está entre vosotros, que no tenga más alto concepto de sí que el que debe tener, sino que piense de sí con templanza, conforme á la medida de fe que Dios repartió á cada uno.
El que exhorta, en exhortar; el que reparte, hágalo en simplicidad; el que preside, con solicitud; el que hace misericordia, con alegría.
No debáis á nadie nada, sino amaros unos á otros; porque el que ama al prójimo, cumplió la ley.
La noche ha pasado, y ha llegado el día: echemos, pues, las obras de las tinieblas, y vistámonos las armas de luz.
Mas tú ¿por qué juzgas á tu hermano? ó tú también, ¿por qué menosprecias á tu hermano? porque todos hemos de estar ante el tribunal de Cristo.
Así que, no juzguemos más los unos de los otros: antes bien juzgad de no poner tropiezo ó escándalo al hermano.
Yo sé, y confío en el Señor Jesús, que de suyo nada hay inmundo: mas á aquel que piensa alguna cosa ser inmunda, para él es inmunda.
Que el reino de Dios no es comida ni bebida, sino justicia y paz y gozo por el Espíritu Santo.
Así que, sigamos lo que hace á la paz, y á la edificación de los unos á los otros.
Para que concordes, á una boca glorifiquéis al Dios y Padre de nuestro Señor Jesucristo.
Digo, pues, que Cristo Jesús fué hecho ministro de la circuncisión por la verdad de Dios, para confirmar las promesas hechas á los padres,
Y otra vez dice: Alegraos, Gentiles, con su pueblo.
Y otra vez, dice Isaías: Estará la raíz de Jessé, y el que se levantará á regir los Gentiles: los Gentiles esperarán en él.
Empero cierto estoy yo de vosotros, hermanos míos, que aun vosotros mismos estáis llenos de bondad, llenos de todo conocimiento, de tal manera que podáis amonestaros los unos á los otros.
Tengo, pues, de qué gloriarme en Cristo Jesús en lo que mira á Dios.
Sino, como está escrito: A los que no fué anunciado de él, verán: y los que no oyeron, entenderán.
Mas ahora parto para Jerusalem á ministrar á los santos.
Y sé que cuando llegue á vosotros, llegaré con abundancia de la bendición del evangelio de Cristo.
Para que con gozo llegue á vosotros por la voluntad de Dios, y que sea recreado juntamente con vosotros.
Saludad á Asíncrito, y á Flegonte, á Hermas, á Patrobas, á Hermes, y á los hermanos que están con ellos.
Saludaos los unos á los otros con ósculo santo. Os saludan todas las iglesias de Cristo.
PABLO, llamado á ser apóstol de Jesucristo por la voluntad de Dios, y Sóstenes el hermano,
Os ruego pues, hermanos, por el nombre de nuestro Señor Jesucristo, que habléis todos una misma cosa, y que no haya entre vosotros disensiones, antes seáis perfectamente unidos en una misma mente y en un mismo parecer.
Mas de él sois vosotros en Cristo Jesús, el cual nos ha sido hecho por Dios sabiduría, y justificación, y santificación, y redención:
Y ni mi palabra ni mi predicación fué con palabras persuasivas de humana sabiduría, mas con demostración del Espíritu y de poder;
Lo cual también hablamos, no con doctas palabras de humana sabiduría, mas con doctrina del Espíritu, acomodando lo espiritual á lo espiritual.
Porque ¿quién conoció la mente del Señor? ¿quién le instruyó? Mas nosotros tenemos la mente de Cristo.
Porque todavía sois carnales: pues habiendo entre vosotros celos, y contiendas, y disensiones, ¿no sois carnales, y andáis como hombres?
Y el que planta y el que riega son una misma cosa; aunque cada uno recibirá su recompensa conforme á su labor.
Y si alguno edificare sobre este fundamento oro, plata, piedras preciosas, madera, heno, hojarasca;
Si permaneciere la obra de alguno que sobreedificó, recibirá recompensa.
Nadie se engañe á sí mismo: si alguno entre vosotros parece ser sabio en este siglo, hágase simple, para ser sabio.
Porque á lo que pienso, Dios nos ha mostrado á nosotros los apóstoles por los postreros, como á sentenciados á muerte: porque somos hechos espectáculo al mundo, y á los ángeles, y á los hombres.
Hasta esta hora hambreamos, y tenemos sed, y estamos desnudos, y somos heridos de golpes, y andamos vagabundos;
Somos blasfemados, y rogamos: hemos venido á ser como la hez del mundo, el desecho de todos hasta ahora.
Por lo cual os he enviado á Timoteo, que es mi hijo amado y fiel en el Señor, el cual os amonestará de mis caminos cuáles sean en Cristo, de la manera que enseño en todas partes en todas las iglesias.
¿OSA alguno de vosotros, teniendo algo con otro, ir á juicio delante de los injustos, y no delante de los santos?
Sino que el hermano con el hermano pleitea en juicio, y esto ante los infieles?
La mujer no tiene potestad de su propio cuerpo, sino el marido: é igualmente tampoco el marido tiene potestad de su propio cuerpo, sino la mujer.
Mas á los que están juntos en matrimonio, denuncio, no yo, sino el Señor: Que la mujer no se aparte del marido;
Y si se apartare, que se quede sin casar, ó reconcíliese con su marido; y que el marido no despida á su mujer.
Y los que lloran, como los que no lloran; y los que se huelgan, como los que no se huelgan; y los que compran, como los que no poseen;
Hay asimismo diferencia entre la casada y la doncella: la doncella tiene cuidado de las cosas del Señor, para ser santa así en el cuerpo como en el espíritu: mas la casada tiene cuidado de las cosas del mundo, cómo ha de agradar á su marido.
Pero el que está firme en su corazón, y no tiene necesidad, sino que tiene libertad de su voluntad, y determinó en su corazón esto, el guardar su hija virgen, bien hace.
Nosotros empero no tenemos más de un Dios, el Padre, del cual son todas las cosas, y nosotros en él: y un Señor Jesucristo, por el cual son todas las cosas, y nosotros por él.
Porque si te ve alguno, á ti que tienes ciencia, que estás sentado á la mesa en el lugar de los ídolos, ¿la conciencia de aquel que es flaco, no será adelantada á comer de lo sacrificado á los ídolos?
Si á los otros no soy apóstol, á vosotros ciertamente lo soy: porque el sello de mi apostolado sois vosotros en el Señor.
Esta es mi respuesta á los que me preguntan.
¿O dícelo enteramente por nosotros? Pues por nosotros está escrito; porque con esperanza ha de arar el que ara; y el que trilla, con esperanza de recibir el fruto.
Por lo cual, si lo hago de voluntad, premio tendré; mas si por fuerza, la dispensación me ha sido encargada.
Antes hiero mi cuerpo, y lo pongo en servidumbre; no sea que, habiendo predicado á otros, yo mismo venga á ser reprobado.
La copa de bendición que bendecimos, ¿no es la comunión de la sangre de Cristo? El pan que partimos, ¿no es la comunión del cuerpo de Cristo?
Y si yo con agradecimiento participo, ¿por qué he de ser blasfemado por lo que doy gracias?
Mas quiero que sepáis, que Cristo es la cabeza de todo varón; y el varón es la cabeza de la mujer; y Dios la cabeza de Cristo.
La misma naturaleza ¿no os enseña que al hombre sea deshonesto criar cabello?
Porque todas las veces que comiereis este pan, y bebiereis esta copa, la muerte del Señor anunciáis hasta que venga.
Así, que, hermanos míos, cuando os juntáis á comer, esperaos unos á otros.
Si alguno tuviere hambre, coma en su casa, porque no os juntéis para juicio. Las demás cosas ordenaré cuando llegare.
Empero á cada uno le es dada manifestación del Espíritu para provecho.
Pues ni tampoco el cuerpo es un miembro, sino muchos.
Y si dijere la oreja: Porque no soy ojo, no soy del cuerpo: ¿por eso no será del cuerpo?
Ni el ojo puede decir á la mano: No te he menester: ni asimismo la cabeza á los pies: No tengo necesidad de vosotros.
Y á aquellos del cuerpo que estimamos ser más viles, á éstos vestimos más honrosamente; y los que en nosotros son menos honestos, tienen más compostura.
¿Son todos apóstoles? ¿son todos profetas? ¿todos doctores? ¿todos facultades?
SI yo hablase lenguas humanas y angélicas, y no tengo caridad, vengo á ser como metal que resuena, ó címbalo que retiñe.
La caridad es sufrida, es benigna; la caridad no tiene envidia, la caridad no hace sinrazón, no se ensancha;
Ahora pues, hermanos, si yo fuere á vosotros hablando lenguas, ¿qué os aprovecharé, si no os hablare, ó con revelación, ó con ciencia, ó con profecía, ó con doctrina?
De manera que, si toda la iglesia se juntare en uno, y todos hablan lenguas, y entran indoctos ó infieles, ¿no dirán que estáis locos?
Porque Dios no es Dios de disensión, sino de paz; como en todas las iglesias de los santos.
Y si Cristo es predicado que resucitó de los muertos, ¿cómo dicen algunos entre vosotros que no hay resurrección de muertos?
Y si Cristo no resucitó, vuestra fe es vana; aun estáis en vuestros pecados.
Y el postrer enemigo que será deshecho, será la muerte.
Necio, lo que tú siembras no se vivifica, si no muriere antes.
Y cuerpos hay celestiales, y cuerpos terrestres; mas ciertamente una es la gloria de los celestiales, y otra la de los terrestres.
Así que, hermanos míos amados, estad firmes y constantes, creciendo en la obra del Señor siempre, sabiendo que vuestro trabajo en el Señor no es vano.
Cada primer día de la semana cada uno de vosotros aparte en su casa, guardando lo que por la bondad de Dios pudiere; para que cuando yo llegare, no se hagan entonces colectas.
Porque no os quiero ahora ver de paso; porque espero estar con vosotros algún tiempo, si el Señor lo permitiere.
Y nuestra esperanza de vosotros es firme; estando ciertos que como sois compañeros de las aflicciones, así también lo sois de la consolación.
Porque hermanos, no queremos que ignoréis de nuestra tribulación que nos fué hecha en Asia; que sobremanera fuimos cargados sobre nuestras fuerzas de tal manera que estuviésemos en duda de la vida.
Porque por la mucha tribulación y angustia del corazón os escribí con muchas lágrimas; no para que fueseis contristados, mas para que supieseis cuánto más amor tengo para con vosotros.
Y al que vosotros perdonareis, yo también: porque también yo lo que he perdonado, si algo he perdonado, por vosotros lo he hecho en persona de Cristo;
Así que, teniendo tal esperanza, hablamos con mucha confianza;
Y no como Moisés, que ponía un velo sobre su faz, para que los hijos de Israel no pusiesen los ojos en el fin de lo que había de ser abolido.
Porque nosotros que vivimos, siempre estamos entregados á muerte por Jesús, para que también la vida de Jesús sea manifestada en nuestra carne mortal.
Y todo esto es de Dios, el cual nos reconcilió á sí por Cristo; y nos dió el ministerio de la reconciliación.
ASÍ que, amados, pues tenemos tales promesas, limpiémonos de toda inmundicia de carne y de espíritu, perfeccionando la santificación en temor de Dios.
Admitidnos: á nadie hemos injuriado, á nadie hemos corrompido, á nadie hemos engañado.
Mucha confianza tengo de vosotros, tengo de vosotros mucha gloria; lleno estoy de consolación, sobreabundo de gozo en todas nuestras tribulaciones.
Pues conozco vuestro pronto ánimo, del cual me glorío yo entre los de Macedonia, que Acaya está apercibida desde el año pasado; y vuestro ejemplo ha estimulado á muchos.
Porque no parezca como que os quiero espantar por cartas.
Porque á la verdad, dicen, las cartas son graves y fuertes; mas la presencia corporal flaca, y la palabra menospreciable.
Y que anunciaremos el evangelio en los lugares más allá de vosotros, sin entrar en la medida de otro para gloriarnos en lo que ya estaba aparejado.
¿Pequé yo humillándome á mí mismo, para que vosotros fueseis ensalzados, porque os he predicado el evangelio de Dios de balde?
Lo que hablo, no lo hablo según el Señor, sino como en locura, con esta confianza de gloria.
Porque toleráis si alguno os pone en servidumbre, si alguno os devora, si alguno toma, si alguno se ensalza, si alguno os hiere en la cara.
En caminos muchas veces, peligros de ríos, peligros de ladrones, peligros de los de mi nación, peligros de los Gentiles, peligros en la ciudad, peligros en el desierto, peligros en la mar, peligros entre falsos hermanos;
El Dios y Padre del Señor nuestro Jesucristo, que es bendito por siglos, sabe que no miento.
Porque temo que cuando llegare, no os halle tales como quiero, y yo sea hallado de vosotros cual no queréis; que haya entre vosotros contiendas, envidias, iras, disensiones, detracciones, murmuraciones, elaciones, bandos:
Porque aunque fué crucificado por flaqueza, empero vive por potencia de Dios. Pues también nosotros somos flacos con él, mas viviremos con él por la potencia de Dios para con vosotros.
Por lo cual nos gozamos que seamos nosotros flacos, y que vosotros estéis fuertes; y aun deseamos vuestra perfección.
Resta, hermanos, que tengáis gozo, seáis perfectos, tengáis consolación, sintáis una misma cosa, tengáis paz; y el Dios de paz y de caridad será con vosotros.
No que hay otro, sino que hay algunos que os inquietan, y quieren pervertir el evangelio de Cristo.
Después, pasados tres años, fuí á Jerusalem á ver á Pedro, y estuve con él quince días.
A los cuales ni aun por una hora cedimos sujetándonos, para que la verdad del evangelio permaneciese con vosotros.
No desecho la gracia de Dios: porque si por la ley fuese la justicia, entonces por demás murió Cristo.
¿Tan necios sois? ¿habiendo comenzado por el Espíritu, ahora os perfeccionáis por la carne?
Aquel, pues, que os daba el Espíritu, y obraba maravillas entre vosotros ¿hacíalo por las obras de la ley, ó por el oir de la fe?
Porque todos los que son de las obras de la ley, están bajo de maldición. Porque escrito está: Maldito todo aquel que no permaneciere en todas las cosas que están escritas en el libro de la ley, para hacerlas.
Para que la bendición de Abraham fuese sobre los Gentiles en Cristo Jesús; para que por la fe recibamos la promesa del Espíritu.
Hermanos, hablo como hombre: Aunque un pacto sea de hombre, con todo, siendo confirmado, nadie lo cancela, ó le añade.
Porque todos sois hijos de Dios por la fe en Cristo Jesús.
No hay Judío, ni Griego; no hay siervo, ni libre; no hay varón, ni hembra: porque todos vosotros sois uno en Cristo Jesús.
Y por cuanto sois hijos, Dios envió el Espíritu de su Hijo en vuestros corazones, el cual clama: Abba, Padre.
Y no desechasteis ni menospreciasteis mi tentación que estaba en mi carne: antes me recibisteis como á un ángel de Dios, como á Cristo Jesús.
Y otra vez vuelvo á protestar á todo hombre que se circuncidare, que está obligado á hacer toda la ley.
Y si os mordéis y os coméis los unos á los otros, mirad que también no os consumáis los unos á los otros.
Y manifiestas son las obras de la carne, que son: adulterio, fornicación, inmundicia, disolución,
Así que cada uno examine su obra, y entonces tendrá gloria sólo respecto de sí mismo, y no en otro.
Así que, entre tanto que tenemos tiempo, hagamos bien á todos, y mayormente á los domésticos de la fe.
Porque ni aun los mismos que se circuncidan guardan la ley; sino que quieren que vosotros seáis circuncidados, para gloriarse en vuestra carne.
Descubriéndonos el misterio de su voluntad, según su beneplácito, que se había propuesto en sí mismo,
Y sometió todas las cosas debajo de sus pies, y diólo por cabeza sobre todas las cosas á la iglesia,
En que en otro tiempo anduvisteis conforme á la condición de este mundo, conforme al príncipe de la potestad del aire, el espíritu que ahora obra en los hijos de desobediencia:
Empero Dios, que es rico en misericordia, por su mucho amor con que nos amó,
En el cual tenemos seguridad y entrada con confianza por la fe de él.
Y conocer el amor de Cristo, que excede á todo conocimiento, para que seáis llenos de toda la plenitud de Dios.
A él sea gloria en la iglesia por Cristo Jesús, por todas edades del siglo de los siglos. Amén.
Un cuerpo, y un Espíritu; como sois también llamados á una misma esperanza de vuestra vocación:
El que descendió, él mismo es el que también subió sobre todos los cielos para cumplir todas las cosas.)
Airaos, y no pequéis; no se ponga el sol sobre vuestro enojo;
Toda amargura, y enojo, é ira, y voces, y maledicencia sea quitada de vosotros, y toda malicia:
Porque sabéis esto, que ningún fornicario, ó inmundo, ó avaro, que es servidor de ídolos, tiene herencia en el reino de Cristo y de Dios.
Por lo cual dice: Despiértate, tú que duermes, y levántate de los muertos, y te alumbrará Cristo.
Hablando entre vosotros con salmos, y con himnos, y canciones espirituales, cantando y alabando al Señor en vuestros corazones;
Así que, como la iglesia está sujeta á Cristo, así también las casadas lo estén á sus maridos en todo.
Por esto dejará el hombre á su padre y á su madre, y se allegará á su mujer, y serán dos en una carne.
Y vosotros, padres, no provoquéis á ira á vuestros hijos; sino criadlos en disciplina y amonestación del Señor.
Sobre todo, tomando el escudo de la fe, con que podáis apagar todos los dardos de fuego del maligno.
Gracia sea á vosotros, y paz de Dios nuestro Padre y del Señor Jesucristo.
Estando confiado de esto, que el que comenzó en vosotros la buena obra, la perfeccionará hasta el día de Jesucristo;
Y algunos, á la verdad, predican á Cristo por envidia y porfía; mas algunos también por buena voluntad.
Pero los otros por amor, sabiendo que soy puesto por la defensa del evangelio.
Porque sé que esto se me tornará á salud, por vuestra oración, y por la suministración del Espíritu de Jesucristo;
Empero quedar en la carne es más necesario por causa de vosotros.
Teniendo el mismo conflicto que habéis visto en mí, y ahora oís estar en mí.
El cual, siendo en forma de Dios, no tuvo por usurpación ser igual á Dios:
Reteniendo la palabra de vida para que yo pueda gloriarme en el día de Cristo, que no he corrido en vano, ni trabajado en vano.
Porque á ninguno tengo tan unánime, y que con sincera afición esté solícito por vosotros.
Porque nosotros somos la circuncisión, los que servimos en espíritu á Dios, y nos gloriamos en Cristo Jesús, no teniendo confianza en la carne.
Empero en aquello á que hemos llegado, vamos por la misma regla, sintamos una misma cosa.
Hermanos, sed imitadores de mí, y mirad los que así anduvieren como nos tenéis por ejemplo.
Mas nuestra vivienda es en los cielos; de donde también esperamos al Salvador, al Señor Jesucristo;
Lo que aprendisteis y recibisteis y oísteis y visteis en mí, esto haced; y el Dios de paz será con vosotros.
Sé estar humillado, y sé tener abundancia: en todo y por todo estoy enseñado, así para hartura como para hambre, así para tener abundancia como para padecer necesidad.
No porque busque dádivas; mas busco fruto que abunde en vuestra cuenta.
Saludad á todos los santos en Cristo Jesús. Los hermanos que están conmigo os saludan.
En el cual tenemos redención por su sangre, la remisión de pecados:
A vosotros también, que erais en otro tiempo extraños y enemigos de ánimo en malas obras, ahora empero os ha reconciliado
De la cual soy hecho ministro, según la dispensación de Dios que me fué dada en orden á vosotros, para que cumpla la palabra de Dios;
En el cual están escondidos todos los tesoros de sabiduría y conocimiento.
Por tanto, de la manera que habéis recibido al Señor Jesucristo, andad en él:
Porque en él habita toda la plenitud de la divinidad corporalmente:
Pues si sois muertos con Cristo cuanto á los rudimentos del mundo, ¿por qué como si vivieseis al mundo, os sometéis á ordenanzas,
Poned la mira en las cosas de arriba, no en las de la tierra.
Porque muertos sois, y vuestra vida está escondida con Cristo en Dios.
Siervos, obedeced en todo á vuestros amos carnales, no sirviendo al ojo, como los que agradan á los hombres, sino con sencillez de corazón, temiendo á Dios:
Y todo lo que hagáis, hacedlo de ánimo, como al Señor, y no á los hombres;
Porque de vosotros ha sido divulgada la palabra del Señor no sólo en Macedonia y en Acaya, mas aun en todo lugar vuestra fe en Dios se ha extendido; de modo que no tenemos necesidad de hablar nada.
Así como sabéis de qué modo exhortábamos y consolábamos á cada uno de vosotros, como el padre á sus hijos,
Que vosotros sois nuestra gloria y gozo.
Y enviamos á Timoteo, nuestro hermano, y ministro de Dios, y colaborador nuestro en el evangelio de Cristo, á confirmaros y exhortaros en vuestra fe,
Para que sean confirmados vuestros corazones en santidad, irreprensibles delante de Dios y nuestro Padre, para la venida de nuestro Señor Jesucristo con todos sus santos.
Porque la voluntad de Dios es vuestra santificación: que os apartéis de fornicación;
Y también lo hacéis así con todos los hermanos que están por toda Macedonia. Empero os rogamos, hermanos, que abundéis más;
A fin de que andéis honestamente para con los extraños, y no necesitéis de nada.
Luego nosotros, los que vivimos, los que quedamos, juntamente con ellos seremos arrebatados en las nubes á recibir al Señor en el aire, y así estaremos siempre con el Señor.
Por tanto, no durmamos como los demás; antes velemos y seamos sobrios.
Mas nosotros, que somos del día, estemos sobrios, vestidos de cota de fe y de caridad, y la esperanza de salud por yelmo.
Orad sin cesar.
No apaguéis el Espíritu.
Hermanos, orad por nosotros.
En llama de fuego, para dar el pago á los que no conocieron á Dios, ni obedecen al evangelio de nuestro Señor Jesucristo;
Para que sean condenados todos los que no creyeron á la verdad, antes consintieron á la iniquidad.
Mas nosotros debemos dar siempre gracias á Dios por vosotros, hermanos amados del Señor, de que Dios os haya escogido desde el principio para salud, por la santificación del Espíritu y fe de la verdad:
Así que, hermanos, estad firmes, y retened la doctrina que habéis aprendido, sea por palabra, ó por carta nuestra.
Y tenemos confianza de vosotros en el Señor, que hacéis y haréis lo que os hemos mandado.
Porque aun estando con vosotros, os denunciábamos esto: Que si alguno no quisiere trabajar, tampoco coma.
Y doy gracias al que me fortificó, á Cristo Jesús nuestro Señor, de que me tuvo por fiel, poniéndome en el ministerio:
Mas la gracia de nuestro Señor fué más abundante con la fe y amor que es en Cristo Jesús.
Mas por esto fuí recibido á misericordia, para que Jesucristo mostrase en mí el primero toda su clemencia, para ejemplo de los que habían de creer en él para vida eterna.
No un neófito, porque inflándose no caiga en juicio del diablo.
Los diáconos asimismo, deben ser honestos, no bilingües, no dados á mucho vino, no amadores de torpes ganancias;
Y sin contradicción, grande es el misterio de la piedad: Dios ha sido manifestado en carne; ha sido justificado con el Espíritu; ha sido visto de los ángeles; ha sido predicado á los Gentiles; ha sido creído en el mundo; ha sido recibido en gloria.
EMPERO el Espíritu dice manifiestamente, que en los venideros tiempos algunos apostatarán de la fe, escuchando á espíritus de error y á doctrinas de demonios;
No descuides el don que está en ti, que te es dado por profecía con la imposición de las manos del presbiterio.
Los pecados de algunos hombres, antes que vengan ellos á juicio, son manifiestos; mas á otros les vienen después.
Es hinchado, nada sabe, y enloquece acerca de cuestiones y contiendas de palabras, de las cuales nacen envidias, pleitos, maledicencias, malas sospechas,
Porque los que quieren enriquecerse, caen en tentación y lazo, y en muchas codicias locas y dañosas, que hunden á los hombres en perdición y muerte.
La cual profesando algunos, fueron descaminados acerca de la fe. La gracia sea contigo. Amén. La primera epístola á Timoteo fué escrita de Laodicea, que es metrópoli de la Frigia Pacatiana.
Retén la forma de las sanas palabras que de mí oíste, en la fe y amor que es en Cristo Jesús.
Guarda el buen depósito por el Espíritu Santo que habita en nosotros.
Ninguno que milita se embaraza en los negocios de la vida; á fin de agradar á aquel que lo tomó por soldado.
Acuérdate que Jesucristo, el cual fué de la simiente de David, resucitó de los muertos conforme á mi evangelio;
Recuérdales esto, protestando delante del Señor que no contiendan en palabras, lo cual para nada aprovecha, antes trastorna á los oyentes.
Que se han descaminado de la verdad, diciendo que la resurrección es ya hecha, y trastornan la fe de algunos.
Que habrá hombres amadores de sí mismos, avaros, vanagloriosos, soberbios, detractores, desobedientes á los padres, ingratos, sin santidad,
Persecuciones, aflicciones, cuales me sobrevinieron en Antioquía, en Iconio, en Listra, cuales persecuciones he sufrido; y de todas me ha librado el Señor.
Erasto se quedó en Corinto; y á Trófimo dejé en Mileto enfermo.
El Señor Jesucristo sea con tu espíritu. La gracia sea con vosotros. Amén. La segunda epístola á Timoteo, el cual fué el primer obispo ordenado en Efeso, fué escrita de Roma, cuando Pablo fué presentado la segunda vez á César Nerón.
EMPERO tú, habla lo que conviene á la sana doctrina:
Oyendo tu caridad, y la fe que tienes en el Señor Jesús, y para con todos los santos;
El cual te vuelvo á enviar; tú pues, recíbele como á mis entrañas.
Hecho tanto más excelente que los ángeles, cuanto alcanzó por herencia más excelente nombre que ellos.
Y: Tú, oh Señor, en el principio fundaste la tierra; y los cielos son obras de tus manos:
¿No son todos espíritus administradores, enviados para servicio á favor de los que serán herederos de salud?
Porque el que santifica y los que son santificados, de uno son todos: por lo cual no se avergüenza de llamarlos hermanos,
Y otra vez: Yo confiaré en él. Y otra vez: He aquí, yo y los hijos que me dió Dios.
Mas ¿con cuáles estuvo enojado cuarenta años? ¿No fué con los que pecaron, cuyos cuerpos cayeron en el desierto?
Y vemos que no pudieron entrar á causa de incredulidad.
Como también dice en otro lugar: Tú eres sacerdote eternamente, según el orden de Melchîsedec.
POR tanto, dejando la palabra del comienzo en la doctrina de Cristo, vamos adelante á la perfección; no echando otra vez el fundamento del arrepentimiento de obras muertas, y de la fe en Dios,
Por lo cual, queriendo Dios mostrar más abundantemente á los herederos de la promesa la inmutabilidad de su consejo, interpuso juramento;
Mirad pues cuán grande fué éste, al cual aun Abraham el patriarca dió diezmos de los despojos.
Porque nada perfeccionó la ley; mas hízolo la introducción de mejor esperanza, por la cual nos acercamos á Dios.
Porque todo pontífice es puesto para ofrecer presentes y sacrificios; por lo cual es necesario que también éste tuviese algo que ofrecer.
Porque seré propicio á sus injusticias, y de sus pecados y de sus iniquidades no me acordaré más.
Y no por sangre de machos cabríos ni de becerros, mas por su propia sangre, entró una sola vez en el santuario, habiendo obtenido eterna redención.
¿Cuánto más la sangre de Cristo, el cual por el Espíritu eterno se ofreció á sí mismo sin mancha á Dios, limpiará vuestras conciencias de las obras de muerte para que sirváis al Dios vivo?
Porque donde hay testamento, necesario es que intervenga muerte del testador.
Así también Cristo fué ofrecido una vez para agotar los pecados de muchos; y la segunda vez, sin pecado, será visto de los que le esperan para salud.
De otra manera cesarían de ofrecerse; porque los que tributan este culto, limpios de una vez, no tendrían más conciencia de pecado.
Holocaustos y expiaciones por el pecado no te agradaron.
Entonces dijo: Heme aquí para que haga, oh Dios, tu voluntad. Quita lo primero, para establecer lo postrero.
Pero éste, habiendo ofrecido por los pecados un solo sacrificio para siempre, está sentado á la diestra de Dios,
Y este es el pacto que haré con ellos después de aquellos días, dice el Señor: Daré mis leyes en sus corazones, y en sus almas las escribiré;
Mantengamos firme la profesión de nuestra fe sin fluctuar; que fiel es el que prometió:
Porque de mis prisiones también os resentisteis conmigo, y el robo de vuestros bienes padecisteis con gozo, conociendo que tenéis en vosotros una mejor sustancia en los cielos, y que permanece.
No perdáis pues vuestra confianza, que tiene grande remuneración de galardón:
ES pues la fe la sustancia de las cosas que se esperan, la demostración de las cosas que no se ven.
Por la fe Abel ofreció á Dios mayor sacrificio que Caín, por la cual alcanzó testimonio de que era justo, dando Dios testimonio á sus presentes; y difunto, aun habla por ella.
Porque los que esto dicen, claramente dan á entender que buscan una patria.
Por fe ofreció Abraham á Isaac cuando fué probado, y ofrecía al unigénito el que había recibido las promesas,
Por fe Jacob, muriéndose, bendijo á cada uno de los hijos de José, y adoró estribando sobre la punta de su bordón.
Por fe pasaron el mar Bermejo como por tierra seca: lo cual probando los Egipcios, fueron sumergidos.
Que por fe ganaron reinos, obraron justicia, alcanzaron promesas, taparon las bocas de leones,
Puestos los ojos en al autor y consumador de la fe, en Jesús; el cual, habiéndole sido propuesto gozo, sufrió la cruz, menospreciando la vergüenza, y sentóse á la diestra del trono de Dios.
Y estáis ya olvidados de la exhortación que como con hijos habla con vosotros, diciendo: Hijo mío, no menosprecies el castigo del Señor, ni desmayes cuando eres de él reprendido.
Y á Jesús el Mediador del nuevo testamento, y á la sangre del esparcimiento que habla mejor que la de Abel.
El hermano que es de baja suerte, gloríese en su alteza:
Porque salido el sol con ardor, la hierba se secó, y su flor se cayó, y pereció su hermosa apariencia: así también se marchitará el rico en todos sus caminos.
Mas sed hacedores de la palabra, y no tan solamente oidores, engañándoos á vosotros mismos.
¿No blasfeman ellos el buen nombre que fué invocado sobre vosotros?
¿Echa alguna fuente por una misma abertura agua dulce y amarga?
Mas la sabiduría que es de lo alto, primeramente es pura, después pacífica, modesta, benigna, llena de misericordia y de buenos frutos, no juzgadora, no fingida.
Codiciáis, y no tenéis; matáis y ardéis de envidia, y no podéis alcanzar; combatís y guerreáis, y no tenéis lo que deseáis, porque no pedís.
Someteos pues á Dios; resistid al diablo, y de vosotros huirá.
¿Está alguno entre vosotros afligido? haga oración. ¿Está alguno alegre? cante salmos.
Elegidos según la presciencia de Dios Padre en santificación del Espíritu, para obedecer y ser rociados con la sangre de Jesucristo: Gracia y paz os sea multiplicada.
Sino con la sangre preciosa de Cristo, como de un cordero sin mancha y sin contaminación:
Ya ordenado de antes de la fundación del mundo, pero manifestado en los postrimeros tiempos por amor de vosotros,
Porque Toda carne es como la hierba, y toda la gloria del hombre como la flor de la hierba: secóse la hierba, y la flor se cayó;
Al cual allegándoos, piedra viva, reprobada cierto de los hombres, empero elegida de Dios, preciosa,
Quien cuando le maldecían, no retornaba maldición; cuando padecía, no amenazaba, sino remitía la causa al que juzga justamente:
En lo cual les parece cosa extraña que vosotros no corráis con ellos en el mismo desenfrenamiento de disolución, ultrajándoos:
Cada uno según el don que ha recibido, adminístrelo á los otros, como buenos dispensadores de las diferentes gracias de Dios.
Si sois vituperados en el nombre de Cristo, sois bienaventurados; porque la gloria y el Espíritu de Dios reposan sobre vosotros. Cierto, según ellos, él es blasfemado, mas según vosotros es glorificado.
Y si el justo con dificultad se salva, ¿á dónde aparecerá el infiel y el pecador?
Mas el Dios de toda gracia, que nos ha llamado á su gloria eterna por Jesucristo, después que hubiereis un poco de tiempo padecido, él mismo os perfeccione, confirme, corrobore y establezca.
La iglesia que está en Babilonia, juntamente elegida con vosotros, os saluda, y Marcos mi hijo.
Porque si en vosotros hay estas cosas, y abundan, no os dejarán estar ociosos, ni estériles en el conocimiento de nuestro Señor Jesucristo.
Porque tengo por justo, en tanto que estoy en este tabernáculo, de incitaros con amonestación:
Porque él había recibido de Dios Padre honra y gloria, cuando una tal voz fué á él enviada de la magnífica gloria: Este es el amado Hijo mío, en el cual yo me he agradado.
Sabe el Señor librar de tentación á los píos, y reservar á los injustos para ser atormentados en el día del juicio;
Como quiera que los mismos ángeles, que son mayores en fuerza y en potencia, no pronuncian juicio de maldición contra ellas delante del Señor.
Porque hablando arrogantes palabras de vanidad, ceban con las concupiscencias de la carne en disoluciones á los que verdaderamente habían huído de los que conversan en error;
Mas creced en la gracia y conocimiento de nuestro Señor y Salvador Jesucristo. A él sea gloria ahora y hasta el día de la eternidad. Amén.
Si dijéremos que no tenemos pecado, nos engañamos á nosotros mismos, y no hay verdad en nosotros.
Si confesamos nuestros pecados, él es fiel y justo para que nos perdone nuestros pecados, y nos limpie de toda maldad.
Mas el que aborrece á su hermano, está en tinieblas, y anda en tinieblas, y no sabe á donde va; porque las tinieblas le han cegado los ojos.
No os he escrito como si ignoraseis la verdad, sino como á los que la conocéis, y que ninguna mentira es de la verdad.
¿Quién es mentiroso, sino el que niega que Jesús es el Cristo? Este tal es anticristo, que niega al Padre y al Hijo.
MIRAD cuál amor nos ha dado el Padre, que seamos llamados hijos de Dios: por esto el mundo no nos conoce, porque no le conoce á él.
Hijitos míos, no amemos de palabra ni de lengua, sino de obra y en verdad.
Carísimos, si nuestro corazón no nos reprende, confianza tenemos en Dios;
Y cualquier cosa que pidiéremos, la recibiremos de él, porque guardamos sus mandamientos, y hacemos las cosas que son agradables delante de él.
Carísimos, amémonos unos á otros; porque el amor es de Dios. Cualquiera que ama, es nacido de Dios, y conoce á Dios.
En esto se mostró el amor de Dios para con nosotros, en que Dios envió á su Hijo unigénito al mundo, para que vivamos por él.
Nosotros le amamos á él, porque él nos amó primero.
Porque tres son los que dan testimonio en el cielo, el Padre, el Verbo, y el Espíritu Santo: y estos tres son uno.
Si recibimos el testimonio de los hombres, el testimonio de Dios es mayor; porque éste es el testimonio de Dios, que ha testificado de su Hijo.
Y este es el testimonio: Que Dios nos ha dado vida eterna; y esta vida está en su Hijo.
Sabemos que somos de Dios, y todo el mundo está puesto en maldad.
Empero sabemos que el Hijo de Dios es venido, y nos ha dado entendimiento para conocer al que es verdadero: y estamos en el verdadero, en su Hijo Jesucristo. Este es el verdadero Dios, y la vida eterna.
Y este es amor, que andemos según sus mandamientos. Este es el mandamiento: Que andéis en él, como vosotros habéis oído desde el principio.
Aunque tengo muchas cosas que escribiros, no he querido comunicarlas por medio de papel y tinta; mas espero ir á vosotros, y hablar boca á boca, para que nuestro gozo sea cumplido.
Ciertamente me gocé mucho cuando vinieron los hermanos y dieron testimonio de tu verdad, así como tú andas en la verdad.
Nosotros, pues, debemos recibir á los tales, para que seamos cooperadores á la verdad.
Por esta causa, si yo viniere, recordaré las obras que hace parlando con palabras maliciosas contra nosotros; y no contento con estas cosas, no recibe á los hermanos, y prohibe á los que los quieren recibir, y los echa de la iglesia.
Fieras ondas de la mar, que espuman sus mismas abominaciones; estrellas erráticas, á las cuales es reservada eternalmente la oscuridad de las tinieblas.
Yo sé tus obras, y tu trabajo y paciencia; y que tú no puedes sufrir los malos, y has probado á los que se dicen ser apóstoles, y no lo son, y los has hallado mentirosos;
No tengas ningún temor de las cosas que has de padecer. He aquí, el diablo ha de enviar algunos de vosotros á la cárcel, para que seáis probados, y tendréis tribulación de diez días. Sé fiel hasta la muerte, y yo te daré la corona de la vida.
Y escribe al ángel de la iglesia en PÉRGAMO: El que tiene la espada aguda de dos filos, dice estas cosas:
Así también tú tienes á los que tienen la doctrina de los Nicolaítas, lo cual yo aborrezco.
Y mataré á sus hijos con muerte; y todas las iglesias sabrán que yo soy el que escudriño los riñones y los corazones: y daré á cada uno de vosotros según sus obras.
Empero la que tenéis, tenedla hasta que yo venga.
Y ESCRIBE al ángel de la iglesia en SARDIS: El que tiene los siete Espíritus de Dios, y las siete estrellas, dice estas cosas: Yo conozco tus obras, que tienes nombre que vives, y estás muerto.
Al que venciere, yo le daré que se siente conmigo en mi trono; así como yo he vencido, y me he sentado con mi Padre en su trono.
DESPUÉS de estas cosas miré, y he aquí una puerta abierta en el cielo: y la primera voz que oí, era como de trompeta que hablaba conmigo, diciendo: Sube acá, y yo te mostraré las cosas que han de ser después de éstas.
Y ninguno podía, ni en el cielo, ni en la tierra, ni debajo de la tierra, abrir el libro, ni mirarlo.
Y miré; y he aquí en medio del trono y de los cuatro animales, y en medio de los ancianos, estaba un Cordero como inmolado, que tenía siete cuernos, y siete ojos, que son los siete Espíritus de Dios enviados en toda la tierra.
Y miré, y oí voz de muchos ángeles alrededor del trono, y de los animales, y de los ancianos; y la multitud de ellos era millones de millones,
Y MIRÉ cuando el Cordero abrió uno de los sellos, y oí á uno de los cuatro animales diciendo como con una voz de trueno: Ven y ve.
Y salió otro caballo bermejo: y al que estaba sentado sobre él, fué dado poder de quitar la paz de la tierra, y que se maten unos á otros: y fuéle dada una grande espada.
Y cuando él abrió el tercer sello, oí al tercer animal, que decía: Ven y ve. Y miré, y he aquí un caballo negro: y el que estaba sentado encima de él, tenía un peso en su mano.
Y cuando él abrió el cuarto sello, oí la voz del cuarto animal, que decía: Ven y ve.
Y DESPUÉS de estas cosas vi cuatro ángeles que estaban sobre los cuatro ángulos de la tierra, deteniendo los cuatro vientos de la tierra, para que no soplase viento sobre la tierra, ni sobre la mar, ni sobre ningún árbol.
Y vi otro ángel que subía del nacimiento del sol, teniendo el sello del Dios vivo: y clamó con gran voz á los cuatro ángeles, á los cuales era dado hacer daño á la tierra y á la mar,
De la tribu de Zabulón, doce mil señalados. De la tribu de José, doce mil señalados. De la tribu de Benjamín, doce mil señalados.
Y yo le dije: Señor, tú lo sabes. Y él me dijo: Estos son los que han venido de grande tribulación, y han lavado sus ropas, y las han blanqueado en la sangre del Cordero.
Y el tercer ángel tocó la trompeta, y cayó del cielo una grande estrella, ardiendo como una antorcha, y cayó en la tercera parte de los ríos, y en las fuentes de las aguas.
Y les fué mandado que no hiciesen daño á la hierba de la tierra, ni á ninguna cosa verde, ni á ningún árbol, sino solamente á los hombres que no tienen la señal de Dios en sus frentes.
Y VI otro ángel fuerte descender del cielo, cercado de una nube, y el arco celeste sobre su cabeza; y su rostro era como el sol, y sus pies como columnas de fuego.
Y la voz que oí del cielo hablaba otra vez conmigo, y decía: Ve, y toma el librito abierto de la mano del ángel que está sobre el mar y sobre la tierra.
Y él me dice: Necesario es que otra vez profetices á muchos pueblos y gentes y lenguas y reyes.
Y oyeron una grande voz del cielo, que les decía: Subid acá. Y subieron al cielo en una nube, y sus enemigos los vieron.
Diciendo: Te damos gracias, Señor Dios Todopoderoso, que eres y que eras y que has de venir, porque has tomado tu grande potencia, y has reinado.
Y la tierra ayudó á la mujer, y la tierra abrió su boca, y sorbió el río que había echado el dragón de su boca.
Y YO me paré sobre la arena del mar, y vi una bestia subir del mar, que tenía siete cabezas y diez cuernos; y sobre sus cuernos diez diademas; y sobre las cabezas de ella nombre de blasfemia.
Después vi otra bestia que subía de la tierra; y tenía dos cuernos semejantes á los de un cordero, mas hablaba como un dragón.
Aquí hay sabiduría. El que tiene entendimiento, cuente el número de la bestia; porque es el número de hombre: y el número de ella, seiscientos sesenta y seis.
Y otro ángel le siguió, diciendo: Ha caído, ha caído Babilonia, aquella grande ciudad, porque ella ha dado á beber á todas las naciones del vino del furor de su fornicación.
Y el que estaba sentado sobre la nube echó su hoz sobre la tierra, y la tierra fué segada.
Y el segundo ángel derramó su copa sobre el mar, y se convirtió en sangre como de un muerto; y toda alma viviente fué muerta en el mar.
Y los hombres se quemaron con el grande calor, y blasfemaron el nombre de Dios, que tiene potestad sobre estas plagas, y no se arrepintieron para darle gloria.
Y la ciudad grande fué partida en tres partes, y las ciudades de las naciones cayeron; y la grande Babilonia vino en memoria delante de Dios, para darle el cáliz del vino del furor de su ira.
Y VINO uno de los siete ángeles que tenían las siete copas, y habló conmigo, diciéndome: Ven acá, y te mostraré la condenación de la grande ramera, la cual está sentada sobre muchas aguas:
Ellos pelearán contra el Cordero, y el Cordero los vencerá, porque es el Señor de los señores, y el Rey de los reyes: y los que están con él son llamados, y elegidos, y fieles.
Porque todas las gentes han bebido del vino del furor de su fornicación; y los reyes de la tierra han fornicado con ella, y los mercaderes de la tierra se han enriquecido de la potencia de sus deleites.
Y llorarán y se lamentarán sobre ella los reyes de la tierra, los cuales han fornicado con ella y han vivido en deleites, cuando ellos vieren el humo de su incendio,
Y los frutos del deseo de tu alma se apartaron de ti; y todas las cosas gruesas y excelentes te han faltado, y nunca más las hallarás.
Y los veinticuatro ancianos y los cuatro animales se postraron en tierra, y adoraron á Dios que estaba sentado sobre el trono, diciendo: Amén: Aleluya.
Y vi el cielo abierto; y he aquí un caballo blanco, y el que estaba sentado sobre él, era llamado Fiel y Verdadero, el cual con justicia juzga y pelea.
Y el mar dió los muertos que estaban en él; y la muerte y el infierno dieron los muertos que estaban en ellos; y fué hecho juicio de cada uno según sus obras.
Y el que no fué hallado escrito en el libro de la vida, fué lanzado en el lago de fuego.
Y yo Juan vi la santa ciudad, Jerusalem nueva, que descendía del cielo, de Dios, dispuesta como una esposa ataviada para su marido.
Y el que estaba sentado en el trono dijo: He aquí, yo hago nuevas todas las cosas. Y me dijo: Escribe; porque estas palabras son fieles y verdaderas.
Teniendo la claridad de Dios: y su luz era semejante á una piedra preciosísima, como piedra de jaspe, resplandeciente como cristal.
Y la ciudad no tenía necesidad de sol, ni de luna, para que resplandezcan en ella: porque la claridad de Dios la iluminó, y el Cordero era su lumbrera.
DESPUÉS me mostró un río limpio de agua de vida, resplandeciente como cristal, que salía del trono de Dios y del Cordero.
Y verán su cara; y su nombre estará en sus frentes.
Y me dijo: No selles las palabras de la profecía de este libro; porque el tiempo está cerca.
Mas los perros estarán fuera, y los hechiceros, y los disolutos, y los homicidas, y los idólatras, y cualquiera que ama y hace mentira.
